package io.tenantcrm.core.access;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;

/** One record shared with one person: who shared it and when. */
public record RecordShare(RecordRef record, UserId with, UserId sharedBy, Instant sharedAt) {

    public RecordShare {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(with, "with");
        Objects.requireNonNull(sharedBy, "sharedBy");
        Objects.requireNonNull(sharedAt, "sharedAt");
    }
}
