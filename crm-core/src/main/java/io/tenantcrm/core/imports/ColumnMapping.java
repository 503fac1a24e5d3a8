package io.tenantcrm.core.imports;

import io.tenantcrm.core.shared.InvalidValueException;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a file fills which field of the records imported ({@link LeadColumn}, {@link AccountColumn}).
 * {@link #suggest} reads the headers; the user may change it before the import runs. A column fills at most one
 * field, a field comes from at most one column.
 */
public record ColumnMapping<C extends Enum<C> & ImportColumn>(Map<C, Integer> columns) {

    public ColumnMapping {
        if (columns.values().stream().distinct().count() != columns.size()) {
            throw new InvalidValueException("mapping", "a column can fill one field only");
        }
        if (columns.values().stream().anyMatch(index -> index == null || index < 0)) {
            throw new InvalidValueException("mapping", "columns are numbered from 0");
        }
        Map<C, Integer> ordered = new LinkedHashMap<>();
        columns.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparingInt(Enum::ordinal)))
                .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        columns = Collections.unmodifiableMap(ordered);
    }

    /** The lead mapping the headers suggest. */
    public static ColumnMapping<LeadColumn> suggest(List<String> headers) {
        return suggest(LeadColumn.class, headers);
    }

    /** The mapping the headers suggest: each field gets the first column whose header people use for it. */
    public static <C extends Enum<C> & ImportColumn> ColumnMapping<C> suggest(Class<C> fields, List<String> headers) {
        Map<C, Integer> columns = new EnumMap<>(fields);
        for (int i = 0; i < headers.size(); i++) {
            for (C field : fields.getEnumConstants()) {
                if (!columns.containsKey(field) && !columns.containsValue(i) && field.knows(headers.get(i))) {
                    columns.put(field, i);
                }
            }
        }
        return new ColumnMapping<>(columns);
    }

    /** The row's value for the field: absent when the field is not mapped, the cell missing or blank. */
    public Optional<String> value(List<String> cells, C field) {
        Integer index = columns.get(field);
        if (index == null || index >= cells.size() || cells.get(index) == null || cells.get(index).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(cells.get(index).strip());
    }
}
