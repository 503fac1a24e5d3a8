package io.tenantcrm.core.shared;

import java.util.UUID;

/**
 * The one stable identity of a customer across every channel (web form, marketplace, trade show, email, import):
 * every touch point maps to it, and it survives merges (the losing record points to the survivor's id).
 */
public record CustomerId(UUID value) {

    public CustomerId {
        if (value == null) {
            throw new InvalidValueException("customerId", "must not be empty");
        }
    }

    public static CustomerId newId() {
        return new CustomerId(UUID.randomUUID());
    }

    public static CustomerId parse(String text) {
        try {
            return new CustomerId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("customerId", "'" + text + "' is not a customer id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
