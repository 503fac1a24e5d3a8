package io.tenantcrm.core.dedupe;

import java.util.Objects;

/** A record to compare with others: its reference (e.g. {@code lead/<id>}) and the keys it is recognised by. */
public record Candidate(String id, MatchKeys keys) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(keys, "keys");
    }
}
