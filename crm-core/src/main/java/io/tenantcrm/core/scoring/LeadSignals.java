package io.tenantcrm.core.scoring;

import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.Qualification;
import io.tenantcrm.core.shared.CountryCode;

import java.time.Duration;

/**
 * Everything the lead score reads: the seller's qualification answers, the lead's country, and how quickly the
 * buyer answers us ({@code medianReplyTime} null: no reply yet).
 */
public record LeadSignals(Qualification answers, CountryCode country, Duration medianReplyTime, int customerReplies) {

    public LeadSignals {
        answers = answers == null ? Qualification.unknown() : answers;
    }

    public static LeadSignals of(Lead lead, Duration medianReplyTime, int customerReplies) {
        return new LeadSignals(lead.qualification(), lead.country(), medianReplyTime, customerReplies);
    }
}
