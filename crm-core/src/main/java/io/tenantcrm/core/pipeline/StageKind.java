package io.tenantcrm.core.pipeline;

/** Open stages are being worked; won and lost stages are terminal until the deal is reopened with a reason. */
public enum StageKind {
    OPEN,
    WON,
    LOST
}
