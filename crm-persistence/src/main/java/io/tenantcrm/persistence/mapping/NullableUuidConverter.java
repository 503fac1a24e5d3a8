package io.tenantcrm.persistence.mapping;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.UUID;

/**
 * For UUID columns that may be NULL. EclipseLink 4.0.7 reads a NULL uuid column into a UUID attribute with a
 * NullPointerException (its conversion calls toString() on the null); written as text it is
 * typed by PostgreSQL (the datasource sends strings untyped), and the driver reads a uuid back as a UUID.
 */
@Converter
public class NullableUuidConverter implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID value) {
        return value == null ? null : value.toString();
    }

    /** The driver hands back a UUID for a uuid column, and nothing for NULL. */
    @Override
    public UUID convertToEntityAttribute(Object column) {
        if (column == null) {
            return null;
        }
        return column instanceof UUID uuid ? uuid : UUID.fromString(column.toString());
    }
}
