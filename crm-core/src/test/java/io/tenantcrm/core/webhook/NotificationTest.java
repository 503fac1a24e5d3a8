package io.tenantcrm.core.webhook;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.deal.DealEvents.DealLost;
import io.tenantcrm.core.deal.DealEvents.DealOpened;
import io.tenantcrm.core.deal.DealEvents.DealWon;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.LossCategory;
import io.tenantcrm.core.deal.LossReason;
import io.tenantcrm.core.lead.LeadEvents.LeadReceived;
import io.tenantcrm.core.lead.LeadId;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final UserId REP = UserId.of("rep-1");
    private static final Instant AT = Instant.parse("2026-12-04T10:15:30Z");

    @Test
    void a_new_lead_is_announced_with_its_id_and_source() {
        LeadId lead = LeadId.newId();
        Notification notification = Notification.of(new LeadReceived(ACME, lead, SourceChannel.MARKETPLACE, AT,
                REP, AT), UUID.randomUUID()).orElseThrow();

        assertThat(notification.event()).isEqualTo(WebhookEvent.LEAD_RECEIVED);
        assertThat(notification.envelope()).containsEntry("type", "lead.received").containsEntry("tenant", "acme")
                .containsEntry("occurredAt", "2026-12-04T10:15:30Z").containsEntry("actor", "rep-1");
        assertThat(notification.data()).containsEntry("leadId", lead.toString())
                .containsEntry("source", "marketplace");
    }

    @Test
    void a_won_deal_carries_its_amount_and_a_lost_one_its_structured_reason() {
        DealId deal = DealId.newId();
        Notification won = Notification.of(new DealWon(ACME, deal, StageId.of("order"),
                Money.of("12500.00", "EUR"), REP, AT), UUID.randomUUID()).orElseThrow();
        Notification lost = Notification.of(new DealLost(ACME, deal, StageId.of("quote"),
                new LossReason(LossCategory.PRICE, "competitor cheaper", "they went with a local maker"), REP, AT),
                UUID.randomUUID()).orElseThrow();

        assertThat(won.data()).containsEntry("dealId", deal.toString())
                .containsEntry("amount", Map.of("amount", "12500.00", "currency", "EUR"));
        assertThat(lost.data()).containsEntry("lastOpenStage", "quote")
                .containsEntry("reason", Map.of("category", "price", "subReason", "competitor cheaper"));
        assertThat(lost.data().toString()).as("free text stays inside the CRM").doesNotContain("local maker");
    }

    @Test
    void events_nobody_can_subscribe_to_make_no_notification() {
        assertThat(Notification.of(new DealOpened(ACME, DealId.newId(), AccountId.newId(), StageId.of("inquiry"),
                REP, null, REP, AT), UUID.randomUUID())).isEmpty();
    }
}
