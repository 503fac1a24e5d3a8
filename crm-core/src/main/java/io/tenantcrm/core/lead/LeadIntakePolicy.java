package io.tenantcrm.core.lead;

import io.tenantcrm.core.pipeline.FieldTiers;
import io.tenantcrm.core.shared.Verdict;
import io.tenantcrm.core.shared.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What an inquiry must carry to be taken in. Two rules always hold: it names someone (a person or a company) and
 * says how to reach them (an email or a phone), and it has a source. Beyond that, a tenant's field tiers decide;
 * the default requires only the country, the brief's minimum.
 */
public record LeadIntakePolicy(FieldTiers<LeadField> tiers) {

    public static LeadIntakePolicy defaults() {
        return new LeadIntakePolicy(FieldTiers.of(Set.of(LeadField.COUNTRY),
                Set.of(LeadField.PRODUCT_INTEREST, LeadField.COMPANY_NAME)));
    }

    public Verdict check(NewLead lead) {
        List<Violation> violations = new ArrayList<>();
        if (lead.source() == null) {
            violations.add(Violation.required("source", "say where the inquiry came from"));
        }
        ContactDetails contact = lead.contact();
        if (contact == null || (contact.personName() == null && contact.companyName() == null)) {
            violations.add(new Violation("contact.personName", "give a person's or a company's name", "name-or-company"));
        }
        if (contact == null || (contact.email() == null && contact.phone() == null)) {
            violations.add(new Violation("contact.email", "give an email or a phone to answer the inquiry",
                    "email-or-phone"));
        }
        Arrays.stream(LeadField.values())
                .filter(field -> tiers.required().contains(field))
                .filter(field -> !has(lead, field))
                .forEach(field -> violations.add(Violation.required(field.fieldName(), "is required")));
        return Verdict.of(violations);
    }

    /** Suggested fields left empty: pointed out to the seller, never blocking. */
    public Set<LeadField> missingSuggested(NewLead lead) {
        return tiers.suggested().stream().filter(field -> !has(lead, field))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static boolean has(NewLead lead, LeadField field) {
        ContactDetails contact = lead.contact();
        return switch (field) {
            case PERSON_NAME -> contact != null && contact.personName() != null;
            case COMPANY_NAME -> contact != null && contact.companyName() != null;
            case EMAIL -> contact != null && contact.email() != null;
            case PHONE -> contact != null && contact.phone() != null;
            case COUNTRY -> lead.country() != null;
            case PRODUCT_INTEREST -> lead.productInterest() != null && !lead.productInterest().isBlank();
            case MESSAGE -> lead.message() != null && !lead.message().isBlank();
        };
    }
}
