package io.tenantcrm.core.dedupe;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;

import java.util.Locale;
import java.util.Objects;

/** A record to compare with others: its reference (e.g. {@code lead/<id>}) and the keys it is recognised by. */
public record Candidate(String id, MatchKeys keys) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(keys, "keys");
    }

    public static Candidate of(RecordRef record, MatchKeys keys) {
        return new Candidate(record.toString(), keys);
    }

    /** The record an id of {@link #of} points to. */
    public static RecordRef refOf(String id) {
        int slash = id.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + id + "' is not a record reference like lead/<id>");
        }
        return new RecordRef(RecordType.valueOf(id.substring(0, slash).toUpperCase(Locale.ROOT)),
                id.substring(slash + 1));
    }
}
