package io.tenantcrm.core.activity;

/** A task is open until done. */
public enum TaskStatus {
    OPEN,
    DONE
}
