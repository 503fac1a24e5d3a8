package io.tenantcrm.core.merge;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.merge.FieldPick.From;
import io.tenantcrm.core.shared.RuleViolationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Decides each field of a merge by its rule (the user's choice, else the field's default) and keeps the why. */
final class FieldPicker {

    private final Map<String, Survivorship> choices;
    private final Map<String, Instant> survivorChanged;
    private final Map<String, Instant> mergedChanged;
    private final Instant survivorCreated;
    private final Instant mergedCreated;
    private final List<FieldPick> picks = new ArrayList<>();
    private final Set<String> fields = new LinkedHashSet<>();

    FieldPicker(Map<String, Survivorship> choices, List<AuditEntry> survivorHistory, Instant survivorCreated,
                List<AuditEntry> mergedHistory, Instant mergedCreated) {
        this.choices = choices;
        this.survivorChanged = lastChanges(survivorHistory);
        this.mergedChanged = lastChanges(mergedHistory);
        this.survivorCreated = survivorCreated;
        this.mergedCreated = mergedCreated;
    }

    <T> T pick(String field, Survivorship defaultRule, T survivorValue, T mergedValue) {
        fields.add(field);
        Survivorship rule = choices.getOrDefault(field, defaultRule);
        boolean fromMerged = !Objects.equals(survivorValue, mergedValue) && switch (rule) {
            case SURVIVOR -> false;
            case MERGED -> true;
            case MOST_COMPLETE -> size(mergedValue) > size(survivorValue);
            case NEWEST_NON_EMPTY -> mergedValue != null && (survivorValue == null
                    || mergedChanged.getOrDefault(field, mergedCreated)
                    .isAfter(survivorChanged.getOrDefault(field, survivorCreated)));
        };
        T kept = fromMerged ? mergedValue : survivorValue;
        picks.add(new FieldPick(field, rule, fromMerged ? From.MERGED : From.SURVIVOR, text(kept)));
        return kept;
    }

    /** The decisions, once every field is picked; a choice for a field the record does not have is refused. */
    List<FieldPick> picks(String recordName) {
        List<String> unknown = choices.keySet().stream().filter(field -> !fields.contains(field)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("fields." + unknown.get(0), "is not a field of a " + recordName
                    + "; its fields: " + String.join(", ", fields));
        }
        return List.copyOf(picks);
    }

    private static Map<String, Instant> lastChanges(List<AuditEntry> history) {
        Map<String, Instant> last = new HashMap<>();
        history.forEach(entry -> last.merge(entry.field(), entry.at(), (a, b) -> a.isAfter(b) ? a : b));
        return last;
    }

    private static int size(Object value) {
        if (value == null) {
            return -1;
        }
        return value instanceof String text ? text.strip().length() : 0;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Locale locale ? locale.toLanguageTag() : value.toString();
    }
}
