package io.tenantcrm.core.lead;

import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.SourceChannel;

import java.time.Instant;
import java.util.List;

/**
 * An inquiry as it arrives. {@code receivedAt} is when the customer sent it (a marketplace message may reach us
 * later); null means now. {@code sourceDetail} names the form, marketplace or fair ("Alibaba", "Hannover Messe").
 */
public record NewLead(SourceChannel source, String sourceDetail, Instant receivedAt, ContactDetails contact,
                      CountryCode country, String productInterest, String message, List<Attachment> attachments) {

    public NewLead {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static NewLead of(SourceChannel source, ContactDetails contact, CountryCode country,
                             String productInterest) {
        return new NewLead(source, null, null, contact, country, productInterest, null, List.of());
    }
}
