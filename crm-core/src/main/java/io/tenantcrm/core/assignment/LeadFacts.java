package io.tenantcrm.core.assignment;

import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.scoring.Grade;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.SourceChannel;

import java.util.Locale;

/** What assignment rules look at, taken from the lead and its score grade; any of it may be unknown (null). */
public record LeadFacts(CountryCode country, String productLine, SourceChannel source, Grade grade) {

    public LeadFacts {
        productLine = productLine == null || productLine.isBlank() ? null
                : productLine.strip().toLowerCase(Locale.ROOT);
    }

    public static LeadFacts of(Lead lead, Grade grade) {
        String productLine = lead.qualification() != null && lead.qualification().productLine() != null
                ? lead.qualification().productLine() : lead.productInterest();
        return new LeadFacts(lead.country(), productLine, lead.source(), grade);
    }
}
