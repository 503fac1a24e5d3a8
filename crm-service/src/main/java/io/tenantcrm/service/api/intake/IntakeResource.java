package io.tenantcrm.service.api.intake;

import io.tenantcrm.core.lead.Attachment;
import io.tenantcrm.core.lead.LeadIntake;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.tenant.IntakeKey;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.lead.LeadReception;
import io.tenantcrm.service.api.lead.LeadRequest;
import io.tenantcrm.service.idempotency.Idempotency;
import io.tenantcrm.service.security.IntakeCaller;
import io.tenantcrm.service.security.IntakeGate;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.ArrayList;
import java.util.List;

/**
 * Where web forms and marketplaces post inquiries, with the tenant's intake key instead of a user's token. A lead
 * taken in here is checked for duplicates, scored, assigned and timed exactly like one a user creates; the same
 * {@code messageId} posted again gets the first answer and no second lead.
 */
@Path("/intake/leads")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

    static final int MAX_MESSAGE_ID = 150;

    @Inject
    IntakeGate gate;

    @Inject
    IntakeCaller intake;

    @Inject
    LeadReception reception;

    @Inject
    Idempotency idempotency;

    /**
     * An inquiry as a form or marketplace posts it: the lead's fields, the client's own id for the message (a retry
     * with the same id creates nothing new), and the attachments it refers to. {@code source} defaults to the
     * key's channel, {@code sourceDetail} to the key's name.
     */
    public record IntakeMessage(String messageId, String source, String sourceDetail, String receivedAt,
                                LeadRequest.Contact contact, String country, String productInterest, String message,
                                List<AttachmentRef> attachments) {
    }

    /** A file that came with the inquiry, by reference (the bytes stay where the form keeps them). */
    public record AttachmentRef(String fileName, String mediaType, Long sizeBytes, String location) {
    }

    /** What the poster learns: the lead's id, and whether it may be someone the tenant already has. */
    @Schema(name = "Receipt")
    public record Receipt(String leadId, boolean possibleDuplicate) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post an inquiry with an intake key (X-Intake-Key)", description = "For web forms and"
            + " marketplaces: no user token. Refused with 401 for an unknown or revoked key, 429 beyond the key's"
            + " hourly allowance (crm.intake.posts-per-hour), 409 when the tenant blocks duplicates and this is one.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Receipt")))
    // both methods answer the same operation in the document, so each declares both bodies
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IntakeMessage")),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(type = SchemaType.OBJECT))})
    public Response postJson(@HeaderParam(IntakeGate.KEY_HEADER) String key, IntakeMessage message) {
        IntakeKey admitted = admit(key);
        Inputs.requireBody(message);
        return take(admitted, message);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Post an inquiry from an HTML form with an intake key (X-Intake-Key)",
            description = "Fields: messageId, source, sourceDetail, personName, companyName, email, phone, jobTitle,"
                    + " country, productInterest, message; attachments as repeated attachmentName, attachmentType,"
                    + " attachmentSize, attachmentUrl in the same order.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Receipt")))
    // both methods answer the same operation in the document, so each declares both bodies
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IntakeMessage")),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(type = SchemaType.OBJECT))})
    public Response postForm(@HeaderParam(IntakeGate.KEY_HEADER) String key, MultivaluedMap<String, String> form) {
        IntakeKey admitted = admit(key);
        return take(admitted, fromForm(form));
    }

    private IntakeKey admit(String key) {
        IntakeKey admitted = gate.admit(key);
        intake.admit(admitted);
        return admitted;
    }

    private Response take(IntakeKey key, IntakeMessage message) {
        if (message.messageId() != null && (message.messageId().isBlank()
                || message.messageId().length() > MAX_MESSAGE_ID)) {
            throw new InvalidValueException("messageId", "must be 1 to " + MAX_MESSAGE_ID + " characters");
        }
        NewLead inquiry = inquiryOf(key, message);
        String idempotencyKey = message.messageId() == null ? null
                : "intake:" + key.id() + ":" + message.messageId().strip();
        return idempotency.create(idempotencyKey, message, () -> {
            LeadIntake.Received received = reception.receive(inquiry);
            return Response.status(Response.Status.CREATED).entity(new Receipt(received.lead().id().toString(),
                    !received.possibleDuplicates().isEmpty())).build();
        });
    }

    private static NewLead inquiryOf(IntakeKey key, IntakeMessage message) {
        String source = message.source() == null || message.source().isBlank() ? key.channel().name()
                : message.source();
        String detail = message.sourceDetail() == null || message.sourceDetail().isBlank() ? key.name()
                : message.sourceDetail();
        NewLead lead = new LeadRequest(source, detail, message.receivedAt(), message.contact(), message.country(),
                message.productInterest(), message.message()).toNewLead();
        List<Attachment> attachments = new ArrayList<>();
        List<AttachmentRef> refs = message.attachments() == null ? List.of() : message.attachments();
        for (int i = 0; i < refs.size(); i++) {
            AttachmentRef ref = refs.get(i);
            if (ref == null || ref.fileName() == null || ref.fileName().isBlank()) {
                throw new InvalidValueException("attachments[" + i + "].fileName", "an attachment needs a file name");
            }
            if (ref.sizeBytes() != null && ref.sizeBytes() < 0) {
                throw new InvalidValueException("attachments[" + i + "].sizeBytes", "must not be negative");
            }
            attachments.add(new Attachment(ref.fileName(), ref.mediaType(),
                    ref.sizeBytes() == null ? 0 : ref.sizeBytes(), ref.location()));
        }
        return new NewLead(lead.source(), lead.sourceDetail(), lead.receivedAt(), lead.contact(), lead.country(),
                lead.productInterest(), lead.message(), attachments);
    }

    /** A form's fields as the JSON message; a field given twice is refused rather than guessed at. */
    static IntakeMessage fromForm(MultivaluedMap<String, String> form) {
        List<AttachmentRef> attachments = new ArrayList<>();
        List<String> names = form.getOrDefault("attachmentName", List.of());
        for (int i = 0; i < names.size(); i++) {
            String size = nth(form, "attachmentSize", i);
            Long bytes;
            try {
                bytes = size == null || size.isBlank() ? null : Long.valueOf(size.strip());
            } catch (NumberFormatException e) {
                throw new InvalidValueException("attachmentSize", "must be a whole number of bytes");
            }
            attachments.add(new AttachmentRef(names.get(i), nth(form, "attachmentType", i), bytes,
                    nth(form, "attachmentUrl", i)));
        }
        return new IntakeMessage(single(form, "messageId"), single(form, "source"), single(form, "sourceDetail"),
                single(form, "receivedAt"), new LeadRequest.Contact(single(form, "personName"),
                single(form, "companyName"), single(form, "email"), single(form, "phone"), single(form, "jobTitle")),
                single(form, "country"), single(form, "productInterest"), single(form, "message"), attachments);
    }

    private static String single(MultivaluedMap<String, String> form, String field) {
        List<String> values = form.get(field);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidValueException(field, "is given " + values.size() + " times; send it once");
        }
        String value = values.get(0);
        if (value.length() > 10_000) {
            throw new InvalidValueException(field, "must be at most 10000 characters");
        }
        return value;
    }

    private static String nth(MultivaluedMap<String, String> form, String field, int index) {
        List<String> values = form.getOrDefault(field, List.of());
        String value = index < values.size() ? values.get(index) : null;
        if (value != null && value.length() > 2_000) {
            throw new InvalidValueException(field, "must be at most 2000 characters");
        }
        return value;
    }
}
