package io.tenantcrm.core.activity;

/** Who started the touch: the customer (inbound), us (outbound), or nobody outside (internal). */
public enum Direction {
    INBOUND,
    OUTBOUND,
    INTERNAL
}
