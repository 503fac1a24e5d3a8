package io.tenantcrm.core.imports;

import io.tenantcrm.core.shared.InvalidValueException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a file fills which lead field. {@link #suggest} reads the headers; the user may change it before
 * the import runs. A column fills at most one field, a field comes from at most one column.
 */
public record ColumnMapping(Map<LeadColumn, Integer> columns) {

    public ColumnMapping {
        EnumMap<LeadColumn, Integer> copy = new EnumMap<>(LeadColumn.class);
        copy.putAll(columns);
        if (copy.values().stream().distinct().count() != copy.size()) {
            throw new InvalidValueException("mapping", "a column can fill one field only");
        }
        if (copy.values().stream().anyMatch(index -> index == null || index < 0)) {
            throw new InvalidValueException("mapping", "columns are numbered from 0");
        }
        columns = Collections.unmodifiableMap(copy);
    }

    /** The mapping the headers suggest: each field gets the first column whose header people use for it. */
    public static ColumnMapping suggest(List<String> headers) {
        Map<LeadColumn, Integer> columns = new EnumMap<>(LeadColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            for (LeadColumn field : LeadColumn.values()) {
                if (!columns.containsKey(field) && !columns.containsValue(i) && field.knows(headers.get(i))) {
                    columns.put(field, i);
                }
            }
        }
        return new ColumnMapping(columns);
    }

    /** The row's value for the field: absent when the field is not mapped, the cell missing or blank. */
    public Optional<String> value(List<String> cells, LeadColumn field) {
        Integer index = columns.get(field);
        if (index == null || index >= cells.size() || cells.get(index) == null || cells.get(index).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(cells.get(index).strip());
    }
}
