package io.tenantcrm.service.api.duplicate;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.dedupe.Candidate;
import io.tenantcrm.core.dedupe.DuplicateCluster;
import io.tenantcrm.core.dedupe.DuplicatePair;
import io.tenantcrm.core.dedupe.DuplicateScan;
import io.tenantcrm.core.dedupe.DuplicateScans;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.PhoneNumber;
import io.tenantcrm.core.shared.TextLimit;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.duplicates.DuplicateScanJob;
import io.tenantcrm.service.security.CallerContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Who a customer may already be: a check anyone can run before typing a record in, and whole-tenant scans that
 * group sure duplicates (tenant admins; the scan runs in the background).
 */
@Path("/duplicates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class DuplicatesResource {

    @Inject
    Crm crm;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CallerContext caller;

    @Inject
    DuplicateScanJob job;

    @Inject
    DuplicateScans scans;

    @Context
    UriInfo uri;

    /** What is known of a person or company; any part may be missing, one is needed. */
    public record CheckRequest(String personName, String companyName, String email, String phone, String website,
                               String country) {
    }

    public record CheckView(List<DuplicateView> matches) {
    }

    public record ScanRequest(String type) {
    }

    public record RecordId(String type, String id) {

        static RecordId of(String candidate) {
            RecordRef ref = Candidate.refOf(candidate);
            return new RecordId(ref.type().name().toLowerCase(Locale.ROOT), ref.id());
        }
    }

    public record PairView(RecordId first, RecordId second, double score, boolean sure, List<String> reasons,
                           List<DuplicateView.EvidenceView> evidence) {

        static PairView of(DuplicatePair pair) {
            return new PairView(RecordId.of(pair.first()), RecordId.of(pair.second()),
                    Math.round(pair.score() * 1000) / 1000.0, pair.sure(), pair.reasons(),
                    DuplicateView.EvidenceView.of(pair.evidence()));
        }
    }

    public record ClusterView(List<RecordId> members, List<PairView> pairs) {

        static ClusterView of(DuplicateCluster cluster) {
            return new ClusterView(cluster.members().stream().map(RecordId::of).toList(),
                    cluster.pairs().stream().map(PairView::of).toList());
        }
    }

    /** A scan: running, done (with how many records it compared and the clusters) or failed (and why). */
    public record ScanView(String id, String type, String status, String requestedBy, Instant startedAt,
                           Instant finishedAt, Integer records, List<ClusterView> clusters, String failure) {

        static ScanView of(DuplicateScan scan) {
            return new ScanView(scan.id().toString(), scan.type().name().toLowerCase(Locale.ROOT),
                    scan.status().name(), scan.requestedBy().value(), scan.startedAt(), scan.finishedAt(),
                    scan.report() == null ? null : scan.report().records(),
                    scan.report() == null ? null : scan.report().clusters().stream().map(ClusterView::of).toList(),
                    scan.failure());
        }
    }

    @POST
    @Path("check")
    @Operation(summary = "Who this person or company may already be",
            description = "Leads, contacts and accounts of the tenant that share a mailbox, phone, person's name,"
                    + " company email domain or website, or have a company name alike; each with a score (0..1),"
                    + " whether it is a sure duplicate, and the evidence for and against (codes, values, weights in bits) with"
            + " the same in English as reasons. Nothing is written.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "CheckView")))
    public CheckView check(CheckRequest request) {
        Inputs.requireBody(request);
        CountryCode country = request.country() == null || request.country().isBlank() ? null
                : CountryCode.of(request.country());
        EmailAddress email = request.email() == null || request.email().isBlank() ? null
                : EmailAddress.of(request.email().strip());
        PhoneNumber phone = request.phone() == null || request.phone().isBlank() ? null
                : PhoneNumber.parse(request.phone(), country);
        MatchKeys keys = MatchKeys.of(TextLimit.LINE.check("personName", request.personName()), email, phone,
                TextLimit.LINE.check("companyName", request.companyName()),
                new TextLimit(255).check("website", request.website()), country);
        if (keys.isEmpty()) {
            throw new InvalidValueException("personName", "give a name, a company, an email, a phone or a website");
        }
        return new CheckView(DuplicateView.of(unitOfWork.inTransaction(
                () -> crm.duplicates().anyone(caller.tenant(), "check", keys))));
    }

    @POST
    @Path("scans")
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Operation(summary = "Scan the whole tenant for duplicates (type lead, contact or account)",
            description = "Starts a background job and answers 202 with its address; poll it until status is DONE.")
    @APIResponse(responseCode = "202", description = "Accepted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScanView")))
    public Response startScan(ScanRequest request) {
        Inputs.requireBody(request);
        RecordType type = Inputs.required(ScannedType.class, request.type(), "type").type;
        DuplicateScan scan = job.start(caller.tenant(), caller.user(), type);
        return Response.accepted(ScanView.of(scan))
                .location(uri.getAbsolutePathBuilder().path(scan.id().toString()).build()).build();
    }

    @GET
    @Path("scans/{id}")
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Operation(summary = "A duplicate scan: its status and, once done, the clusters of sure duplicates and why")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ScanView")))
    public ScanView scan(@PathParam("id") String id) {
        UUID scanId;
        try {
            scanId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("scan", id);
        }
        return ScanView.of(unitOfWork.inTransaction(() -> scans.find(caller.tenant(), scanId))
                .orElseThrow(() -> new NotFoundException("scan", id)));
    }

    /** The record types a scan covers, as the API spells them. */
    enum ScannedType {
        LEAD(RecordType.LEAD), CONTACT(RecordType.CONTACT), ACCOUNT(RecordType.ACCOUNT);

        final RecordType type;

        ScannedType(RecordType type) {
            this.type = type;
        }
    }
}
