package io.tenantcrm.core.audit;

/** The kinds of record the audit trail and ownership speak of. */
public enum RecordType {
    LEAD, ACCOUNT, CONTACT, DEAL, ACTIVITY, TASK, TENANT, INTAKE_KEY, WEBHOOK, MAILBOX, PRODUCT, QUOTE, ORDER
}
