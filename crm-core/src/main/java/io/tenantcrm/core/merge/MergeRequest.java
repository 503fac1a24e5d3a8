package io.tenantcrm.core.merge;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.RuleViolationException;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merge {@code merged} into {@code survivor} (two leads, two contacts or two accounts), with the user's choice for
 * any field (others follow the default rules of {@link RecordMerge}) and an optional reason kept in the audit trail.
 */
public record MergeRequest(RecordRef survivor, RecordRef merged, Map<String, Survivorship> choices, String reason) {

    static final Set<RecordType> MERGEABLE = Set.of(RecordType.LEAD, RecordType.CONTACT, RecordType.ACCOUNT);

    public MergeRequest {
        Objects.requireNonNull(survivor, "survivor");
        Objects.requireNonNull(merged, "merged");
        choices = choices == null ? Map.of() : Map.copyOf(choices);
        if (!MERGEABLE.contains(survivor.type())) {
            throw new RuleViolationException("type", "leads, contacts and accounts can be merged, not "
                    + survivor.type().name().toLowerCase(Locale.ROOT) + "s");
        }
        if (survivor.type() != merged.type()) {
            throw new RuleViolationException("merged", "a " + name(merged) + " cannot be merged into a "
                    + name(survivor));
        }
        if (survivor.equals(merged)) {
            throw new RuleViolationException("merged", "a record cannot be merged into itself");
        }
    }

    private static String name(RecordRef ref) {
        return ref.type().name().toLowerCase(Locale.ROOT);
    }
}
