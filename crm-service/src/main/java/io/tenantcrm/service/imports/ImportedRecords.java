package io.tenantcrm.service.imports;

import io.tenantcrm.core.imports.AccountColumn;
import io.tenantcrm.core.imports.ColumnMapping;
import io.tenantcrm.core.imports.DealColumn;
import io.tenantcrm.core.imports.ImportColumn;
import io.tenantcrm.core.imports.LeadColumn;
import io.tenantcrm.core.imports.ProductColumn;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a spreadsheet holds, and the fields its columns can fill: leads, accounts with a contact a row, deals, or the
 * catalogue's products with a price a row (admins only: they keep the catalogue).
 */
public enum ImportedRecords {
    LEADS(LeadColumn.class),
    ACCOUNTS(AccountColumn.class),
    DEALS(DealColumn.class),
    PRODUCTS(ProductColumn.class);

    private final Class<? extends Enum<?>> fields;

    <C extends Enum<C> & ImportColumn> ImportedRecords(Class<C> fields) {
        this.fields = fields;
    }

    public static ImportedRecords named(String name) {
        try {
            return name == null || name.isBlank() ? LEADS : valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("type", "'" + name + "' is not one of leads, accounts, deals, products");
        }
    }

    public List<String> fieldNames() {
        return Arrays.stream(fields.getEnumConstants()).map(field -> ((ImportColumn) field).fieldName()).toList();
    }

    /** The mapping the headers suggest, as field name to column number. */
    public Map<String, Integer> suggest(List<String> headers) {
        return switch (this) {
            case LEADS -> fieldsOf(ColumnMapping.suggest(LeadColumn.class, headers));
            case ACCOUNTS -> fieldsOf(ColumnMapping.suggest(AccountColumn.class, headers));
            case DEALS -> fieldsOf(ColumnMapping.suggest(DealColumn.class, headers));
            case PRODUCTS -> fieldsOf(ColumnMapping.suggest(ProductColumn.class, headers));
        };
    }

    /** A mapping a user chose, checked: known fields, columns the file has. */
    public Map<String, Integer> checked(Map<String, Integer> mapping, int columns) {
        return switch (this) {
            case LEADS -> fieldsOf(mapping(LeadColumn.class, mapping, columns));
            case ACCOUNTS -> fieldsOf(mapping(AccountColumn.class, mapping, columns));
            case DEALS -> fieldsOf(mapping(DealColumn.class, mapping, columns));
            case PRODUCTS -> fieldsOf(mapping(ProductColumn.class, mapping, columns));
        };
    }

    static <C extends Enum<C> & ImportColumn> ColumnMapping<C> mapping(Class<C> type, Map<String, Integer> fields,
                                                                      int columns) {
        Map<C, Integer> mapping = new LinkedHashMap<>();
        List<Violation> problems = new ArrayList<>();
        fields.forEach((field, column) -> {
            C known = Arrays.stream(type.getEnumConstants()).filter(c -> c.fieldName().equals(field)).findFirst()
                    .orElse(null);
            if (known == null) {
                problems.add(new Violation("mapping." + field, "is not a field of these records; known: "
                        + String.join(", ", Arrays.stream(type.getEnumConstants()).map(ImportColumn::fieldName)
                        .toList())));
            } else if (column == null || column < 0 || column >= columns) {
                problems.add(new Violation("mapping." + field, "must be a column number from 0 to " + (columns - 1)));
            } else {
                mapping.put(known, column);
            }
        });
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return new ColumnMapping<>(mapping);
    }

    private static Map<String, Integer> fieldsOf(ColumnMapping<?> mapping) {
        Map<String, Integer> fields = new LinkedHashMap<>();
        mapping.columns().forEach((column, index) -> fields.put(((ImportColumn) column).fieldName(), index));
        return fields;
    }
}
