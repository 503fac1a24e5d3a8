package io.tenantcrm.service.api.imports;

import io.tenantcrm.core.imports.ImportJob;
import io.tenantcrm.core.imports.ImportRun;
import io.tenantcrm.core.imports.ImportRun.Kind;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.imports.ImportJobs;
import io.tenantcrm.service.imports.ImportedRecords;
import io.tenantcrm.service.security.CallerContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Spreadsheets of leads, or of accounts and their contacts, imported as background jobs: upload a CSV or .xlsx file
 * (the body), check or change the column
 * mapping its headers suggest, start a dry run (what every row would come to; nothing is written), then the real run;
 * follow the progress, cancel, and download the report. A job is seen by who uploaded it and by tenant admins.
 */
@Path("/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class ImportsResource {

    @Inject
    ImportJobs jobs;

    @Inject
    CallerContext caller;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    public record MappingRequest(Map<String, Integer> mapping) {
    }

    /** {@code toReview}: how many of the {@code created} are possibly someone the tenant had (see the report). */
    public record RunView(String status, int rowsTotal, int rowsDone, int created, int updated, int skipped,
                          int rejected, int toReview, boolean cancelRequested, String error, Instant startedAt,
                          Instant finishedAt, Integer reportRows) {

        static RunView of(ImportRun run, int rows) {
            return new RunView(run.status().name().toLowerCase(Locale.ROOT), rows, run.counts().rowsDone(),
                    run.counts().created(), run.counts().updated(), run.counts().skipped(), run.counts().rejected(),
                    run.counts().toReview(), run.cancelRequested(), run.error(), run.startedAt(), run.finishedAt(), run.reportRows());
        }
    }

    public record ImportView(String id, String type, String fileName, String format, int rows, List<String> headers,
                             Map<String, Integer> mapping, List<String> fields, String createdBy, Instant createdAt,
                             RunView dryRun, RunView run) {
    }

    @POST
    @Consumes({"text/csv", "text/plain", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upload a spreadsheet of leads or of accounts and their contacts (the file is the body)",
            description = "type=leads (the default), accounts, deals or products (admins: the catalogue, a row per SKU"
                    + " and currency). CSV (UTF-8; comma, semicolon or tab) or .xlsx (first"
                    + " sheet); name=leads.xlsx or the Content-Type tells which. Answers the headers, the rows counted"
                    + " and the suggested mapping of fields to column numbers.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportView")))
    public Response upload(@QueryParam("name") String name, @QueryParam("type") String type) {
        ImportedRecords records = ImportedRecords.named(type);
        if (records == ImportedRecords.PRODUCTS && !caller.roles().contains(CrmRole.TENANT_ADMIN)) {
            throw new ForbiddenException("admins keep the catalogue: only they import products");
        }
        try {
            ImportJob job = jobs.upload(caller.tenant(), caller.user(), records, name,
                    request.getContentType(), request.getInputStream());
            return Response.created(uri.getAbsolutePathBuilder().path(job.id().toString()).build())
                    .entity(view(job)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The import: mapping, and each run's status, progress and counts")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ImportView")))
    public ImportView get(@PathParam("id") String id) {
        return view(job(id));
    }

    @PUT
    @Path("{id}/mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the mapping: {\"mapping\": {\"email\": 2, \"personName\": 0}}",
            description = "Not once the real run has started. A dry run after a change shows what the new mapping"
                    + " does.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ImportView")))
    public ImportView mapping(@PathParam("id") String id, MappingRequest body) {
        Inputs.requireBody(body);
        return view(jobs.remap(job(id), body.mapping()));
    }

    @POST
    @Path("{id}/dry-run")
    @Operation(summary = "Start a dry run: what every row would come to; nothing is written")
    @APIResponse(responseCode = "202", description = "Started", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportView")))
    public Response dryRun(@PathParam("id") String id) {
        return start(id, Kind.DRY);
    }

    @POST
    @Path("{id}/run")
    @Operation(summary = "Start the import: a batch of 500 rows per transaction; bad rows never stop good ones")
    @APIResponse(responseCode = "202", description = "Started", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportView")))
    public Response run(@PathParam("id") String id) {
        return start(id, Kind.REAL);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel what is running: it stops after its batch; what was imported stays")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ImportView")))
    public ImportView cancel(@PathParam("id") String id) {
        ImportJob job = job(id);
        jobs.cancel(job);
        return view(job);
    }

    @GET
    @Path("{id}/report")
    @Produces("text/csv")
    @Operation(summary = "A run's report as CSV: the dry run's lists every row, the real run's the rows not imported",
            description = "Columns: row, outcome, why, then the row as it was, so rejected rows can be fixed and"
                    + " imported again.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING)))
    public Response report(@PathParam("id") String id, @QueryParam("run") @DefaultValue("real") String run) {
        ImportJob job = job(id);
        Kind kind = Inputs.required(Kind.class, "dry".equalsIgnoreCase(run) ? "DRY" : run, "run");
        String csv = jobs.report(job, kind)
                .orElseThrow(() -> new NotFoundException("report of the " + kind.name().toLowerCase(Locale.ROOT)
                        + " run of import", id));
        return Response.ok(csv, "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"" + kind.name().toLowerCase(Locale.ROOT) + "-run-report.csv\"").build();
    }

    private Response start(String id, Kind kind) {
        ImportJob job = job(id);
        jobs.start(caller.tenant(), caller.user(), job.id(), kind);
        return Response.accepted(view(job)).build();
    }

    /** The job, if the caller may see it: who uploaded it, or an admin. Anyone else: 404. */
    private ImportJob job(String id) {
        UUID jobId;
        try {
            jobId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("import", id);
        }
        return jobs.seen(caller.tenant(), caller.user(), caller.roles().contains(CrmRole.TENANT_ADMIN), jobId)
                .orElseThrow(() -> new NotFoundException("import", id));
    }

    private ImportView view(ImportJob job) {
        List<ImportRun> runs = jobs.runs(job);
        Optional<ImportRun> dry = runs.stream().filter(run -> run.kind() == Kind.DRY).findFirst();
        Optional<ImportRun> real = runs.stream().filter(run -> run.kind() == Kind.REAL).findFirst();
        ImportedRecords records = ImportedRecords.valueOf(job.records());
        return new ImportView(job.id().toString(), records.name().toLowerCase(Locale.ROOT), job.fileName(),
                job.format().toLowerCase(Locale.ROOT), job.rows(), job.headers(), job.mapping(), records.fieldNames(),
                job.createdBy().value(), job.createdAt(), dry.map(run -> RunView.of(run, job.rows())).orElse(null),
                real.map(run -> RunView.of(run, job.rows())).orElse(null));
    }
}
