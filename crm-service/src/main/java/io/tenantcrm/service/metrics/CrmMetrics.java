package io.tenantcrm.service.metrics;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Every metric of the CRM's own, with the description /metrics shows as its HELP line (docs/operations.md lists
 * them). Registered by name and tags where they happen; described once, here.
 */
public final class CrmMetrics {

    public static final Metadata LEADS_RECEIVED = counter("crm_leads_received",
            "Leads taken in (committed), by tenant and source channel");
    public static final Metadata DEALS_WON = counter("crm_deals_won", "Deals won (committed), by tenant");
    public static final Metadata DEALS_LOST = counter("crm_deals_lost",
            "Deals lost (committed), by tenant and loss category");
    public static final Metadata WEBHOOK_DELIVERIES = counter("crm_webhook_deliveries",
            "Webhook delivery attempts, by tenant and outcome");
    public static final Metadata MAIL_MESSAGES_ATTACHED = counter("crm_mail_messages_attached",
            "Synced mail messages attached to a record's timeline, by tenant");
    public static final Metadata MAIL_SYNC_FAILURES = counter("crm_mail_sync_failures",
            "Mailbox syncs that failed, by tenant");
    public static final Metadata SLA_TIMERS_FIRED = counter("crm_sla_timers_fired",
            "SLA timers fired, by tenant and clock");
    public static final Metadata SLA_BREACHES = counter("crm_sla_breaches",
            "First responses overdue (a new lead's first-response clock ran out), by tenant");
    public static final Metadata SLA_TIMERS_DUE = Metadata.builder().withName("crm_sla_timers_due")
            .withDescription("SLA timers due and not yet fired at the scheduler's last look").build();
    public static final Metadata SLA_LAG = Metadata.builder().withName("crm_sla_lag_seconds")
            .withDescription("How late the oldest due SLA timer was at the scheduler's last look")
            .withUnit(MetricUnits.SECONDS).build();

    private CrmMetrics() {
    }

    private static Metadata counter(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }
}
