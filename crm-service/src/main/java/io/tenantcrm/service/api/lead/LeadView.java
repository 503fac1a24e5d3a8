package io.tenantcrm.service.api.lead;

import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.service.api.duplicate.DuplicateView;

import java.time.Instant;
import java.util.List;

/**
 * How the API shows a lead. {@code possibleDuplicates} only in the answer to an intake: the people and companies
 * the new lead may already be (absent when the tenant allows duplicates unchecked).
 */
public record LeadView(String id, long version, String status, String source, String sourceDetail,
                       Instant receivedAt, LeadRequest.Contact contact, String country, String productInterest,
                       String owner, List<AttachmentView> attachments, List<DuplicateView> possibleDuplicates) {

    /** A file that came with the inquiry, by reference. */
    public record AttachmentView(String fileName, String mediaType, long sizeBytes, String location) {
    }

    static LeadView of(Lead lead) {
        return of(lead, null);
    }

    static LeadView of(Lead lead, List<DuplicateView> possibleDuplicates) {
        return new LeadView(lead.id().toString(), lead.version(), lead.status().name(), lead.source().name(),
                lead.sourceDetail(), lead.receivedAt(),
                new LeadRequest.Contact(lead.contact().personName(), lead.contact().companyName(),
                        lead.contact().email() == null ? null : lead.contact().email().value(),
                        lead.contact().phone() == null ? null : lead.contact().phone().value(),
                        lead.contact().jobTitle()),
                lead.country() == null ? null : lead.country().value(), lead.productInterest(),
                lead.owner() == null ? null : lead.owner().value(), lead.attachments().stream()
                        .map(a -> new AttachmentView(a.fileName(), a.mediaType(), a.sizeBytes(), a.location()))
                        .toList(), possibleDuplicates);
    }
}
