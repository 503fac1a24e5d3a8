package io.tenantcrm.service.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error the service answers ({@code application/problem+json}).
 * {@code violations} names each offending field with a message a person can act on.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "violations"})
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://tenant-crm.io/problems/";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static Problem of(int status, String detail) {
        return new Problem(TYPE_BASE + slug(status), title(status), status, detail, List.of());
    }

    /**
     * One field that was not acceptable, why (in English), and the rule's stable code ({@code required},
     * {@code email}, {@code too-long}, ...; {@code invalid} where a rule has none of its own yet), which a client
     * translates for its user.
     */
    @JsonbPropertyOrder({"field", "message", "code"})
    public record Violation(String field, String message, String code) {

        static final String TOO_LONG = io.tenantcrm.core.shared.Violation.TOO_LONG;
        /** A field the request does not have: a transport rule, so its code lives here rather than in crm-core. */
        static final String UNKNOWN_FIELD = "unknown-field";

        public Violation(String field, String message) {
            this(field, message, io.tenantcrm.core.shared.Violation.INVALID);
        }

        public static Violation of(io.tenantcrm.core.shared.Violation violation) {
            return new Violation(violation.field(), violation.message(), violation.code());
        }
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Authentication required";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict";
            case 412 -> "Precondition failed";
            case 413 -> "Request too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Unprocessable request";
            case 428 -> "Precondition required";
            case 429 -> "Too many requests";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Internal error" : "Request failed";
        };
    }

    private static String slug(int status) {
        return title(status).toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
