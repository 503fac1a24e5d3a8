package io.tenantcrm.core.assignment;

import io.tenantcrm.core.scoring.Grade;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.Wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One rule of a tenant's ordered list: conditions on the lead (countries, which is how a region is written;
 * product lines; source channels; score grades), each empty set matching anything, and the target it sends a
 * matching lead to. A lead with an unknown value does not match a condition on it.
 */
public record AssignmentRule(String name, Set<CountryCode> countries, Set<String> productLines,
                             Set<SourceChannel> sources, Set<Grade> grades, AssignmentTarget target) {

    public AssignmentRule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a rule needs a name");
        }
        name = name.strip();
        countries = Set.copyOf(countries);
        productLines = productLines.stream().map(p -> p.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        sources = Set.copyOf(sources);
        grades = Set.copyOf(grades);
        Objects.requireNonNull(target, "target");
    }

    /** Why the rule matches the lead (each condition it checked, with the lead's value), or empty if it does not. */
    public Optional<List<Wording>> match(LeadFacts lead) {
        List<Wording> reasons = new ArrayList<>();
        if (!countries.isEmpty()) {
            if (lead.country() == null || !countries.contains(lead.country())) {
                return Optional.empty();
            }
            reasons.add(AssignmentSteps.condition("country", lead.country().value(),
                    countries.stream().map(CountryCode::value).toList()));
        }
        if (!productLines.isEmpty()) {
            if (lead.productLine() == null || !productLines.contains(lead.productLine())) {
                return Optional.empty();
            }
            reasons.add(AssignmentSteps.condition("product-line", lead.productLine(), productLines));
        }
        if (!sources.isEmpty()) {
            if (lead.source() == null || !sources.contains(lead.source())) {
                return Optional.empty();
            }
            reasons.add(AssignmentSteps.condition("source", lead.source().name(),
                    sources.stream().map(Enum::name).toList()));
        }
        if (!grades.isEmpty()) {
            if (lead.grade() == null || !grades.contains(lead.grade())) {
                return Optional.empty();
            }
            reasons.add(AssignmentSteps.condition("grade", lead.grade().name(),
                    grades.stream().map(Enum::name).toList()));
        }
        if (reasons.isEmpty()) {
            reasons.add(AssignmentSteps.noConditions());
        }
        return Optional.of(reasons);
    }

}
