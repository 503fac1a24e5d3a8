package io.tenantcrm.persistence.tenancy;

/** An entity that mirrors a versioned domain record: it takes the record's changeable fields and knows its version. */
public interface VersionedRow<D> {

    long version();

    void copy(D record);
}
