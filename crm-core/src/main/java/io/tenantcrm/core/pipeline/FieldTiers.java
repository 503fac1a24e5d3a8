package io.tenantcrm.core.pipeline;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Which fields are required or suggested; any field not named is optional. */
public record FieldTiers<F extends Enum<F>>(Map<F, FieldRequirement> tiers) {

    public FieldTiers {
        tiers = Map.copyOf(tiers);
    }

    public static <F extends Enum<F>> FieldTiers<F> none() {
        return new FieldTiers<F>(Map.<F, FieldRequirement>of());
    }

    public static <F extends Enum<F>> FieldTiers<F> of(Set<F> required, Set<F> suggested) {
        Map<F, FieldRequirement> tiers = new java.util.HashMap<>();
        suggested.forEach(field -> tiers.put(field, FieldRequirement.SUGGESTED));
        required.forEach(field -> tiers.put(field, FieldRequirement.REQUIRED));
        return new FieldTiers<>(tiers);
    }

    public FieldRequirement requirementOf(F field) {
        return tiers.getOrDefault(field, FieldRequirement.OPTIONAL);
    }

    public Set<F> required() {
        return withRequirement(FieldRequirement.REQUIRED);
    }

    public Set<F> suggested() {
        return withRequirement(FieldRequirement.SUGGESTED);
    }

    private Set<F> withRequirement(FieldRequirement requirement) {
        return tiers.entrySet().stream().filter(e -> e.getValue() == requirement).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A copy with one field's tier changed, for tenants tuning the defaults. */
    public FieldTiers<F> with(F field, FieldRequirement requirement) {
        Map<F, FieldRequirement> changed = new java.util.HashMap<>(tiers);
        changed.put(field, requirement);
        return new FieldTiers<>(changed);
    }
}
