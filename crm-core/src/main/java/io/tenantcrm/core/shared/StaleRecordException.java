package io.tenantcrm.core.shared;

/** Someone else changed the record since it was read; read it again and retry the change. */
public class StaleRecordException extends RuntimeException {

    public StaleRecordException(String record, long expectedVersion) {
        super(record + " was changed by someone else (expected version " + expectedVersion + ")");
    }
}
