package io.tenantcrm.service.problem;

import io.tenantcrm.core.dedupe.DuplicateFoundException;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.StaleRecordException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;

/** crm-core's refusals as problem details: the same field-level violations the domain names. */
public final class DomainExceptionMappers {

    private DomainExceptionMappers() {
    }

    static Response problem(int status, String detail, List<Problem.Violation> violations) {
        Problem base = Problem.of(status, detail);
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(base.type(), base.title(), status, detail, violations)).build();
    }

    /** A rule of the domain refused the change: 422 with every violation. */
    @Provider
    public static class RuleViolations implements ExceptionMapper<RuleViolationException> {
        @Override
        public Response toResponse(RuleViolationException e) {
            return problem(422, "The request breaks " + (e.violations().size() == 1 ? "a rule" : "rules")
                            + " of the CRM; nothing was changed.",
                    e.violations().stream().map(Problem.Violation::of).toList());
        }
    }

    /** A value the domain cannot accept (an email without @, an unknown currency): 422 naming the field. */
    @Provider
    public static class InvalidValues implements ExceptionMapper<InvalidValueException> {
        @Override
        public Response toResponse(InvalidValueException e) {
            return problem(422, "A value is not valid; nothing was changed.",
                    List.of(Problem.Violation.of(e.violation())));
        }
    }

    /**
     * The tenant blocks duplicates and this is one: 409, one violation per record it duplicates, with the score
     * and the reasons, so the caller can open that record (or merge) instead.
     */
    @Provider
    public static class Duplicates implements ExceptionMapper<DuplicateFoundException> {
        @Override
        public Response toResponse(DuplicateFoundException e) {
            return problem(409, "This " + e.what() + " is already in the CRM, and the tenant refuses duplicates;"
                            + " nothing was changed.",
                    e.matches().stream().map(pair -> new Problem.Violation("duplicateOf", String.format(
                            Locale.ROOT, "%s (score %.2f): %s", pair.second(), pair.score(),
                            String.join("; ", pair.reasons())), "duplicate")).toList());
        }
    }

    /** Not in the caller's tenant: 404, exactly like a record that does not exist. */
    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return problem(404, "There is no such record.", List.of());
        }
    }

    /** Someone else changed the record meanwhile. */
    @Provider
    public static class Stale implements ExceptionMapper<StaleRecordException> {
        @Override
        public Response toResponse(StaleRecordException e) {
            return problem(409, "The record was changed by someone else; read it again and retry.", List.of());
        }
    }

    /** A body {@link BodyShape} refused: 400 naming each field that has the wrong type or is too long. */
    @Provider
    public static class MalformedBody implements ExceptionMapper<MalformedBodyException> {
        @Override
        public Response toResponse(MalformedBodyException e) {
            return problem(400, e.getMessage(), e.violations());
        }
    }

    /** A body that is not the JSON this endpoint reads (broken syntax, an object where text belongs ...). */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return problem(400, "The body is not valid JSON for this request.", List.of());
        }
    }

    /** Jersey wraps what JSON-B could not read; on the server that is always the request body. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof MalformedBodyException malformed) {
                    return new MalformedBody().toResponse(malformed);
                }
                if (cause instanceof jakarta.ws.rs.WebApplicationException refused
                        && refused.getResponse().getStatus() == 413) {
                    return problem(413, "The body is larger than the API accepts ("
                            + BodySizeLimit.MAX_BYTES / 1024 + " KiB).", List.of());
                }
            }
            return problem(400, "The body is not valid JSON for this request.", List.of());
        }
    }
}
