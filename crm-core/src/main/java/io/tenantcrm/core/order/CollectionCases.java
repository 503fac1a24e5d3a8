package io.tenantcrm.core.order;

import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.health.CollectionCase;
import io.tenantcrm.core.payment.Instalment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The collection cases behind process health's "overdue collections acted on": every instalment an order handed to
 * collections is one case, opened at the start of that day in the tenant's zone, and acted on when the order's
 * owner first reached out to the customer about the deal or its account after that (a call, an email sent, a
 * meeting; neither an internal note nor the customer's own email). A payment that arrives without being chased is not the owner acting.
 */
public final class CollectionCases {

    /** How an owner chases money: in touch with the customer, not a note to themselves nor the payment itself. */
    private static final Set<ActivityType> CHASING = EnumSet.of(ActivityType.CALL, ActivityType.EMAIL,
            ActivityType.MEETING);

    private CollectionCases() {
    }

    /** The orders a period starting at {@code from} must read: the late payments of a year before count too. */
    public static java.time.Instant ordersSince(java.time.Instant from) {
        return from.minus(java.time.Duration.ofDays(PaymentRisk.MEMORY_DAYS));
    }

    public static List<CollectionCase> of(List<SalesOrder> orders, List<Activity> activities, ZoneId zone) {
        List<CollectionCase> cases = new ArrayList<>();
        for (SalesOrder order : orders) {
            for (Instalment instalment : order.payments().instalments()) {
                if (instalment.collectionOpenedOn() == null) {
                    continue;
                }
                Instant opened = instalment.collectionOpenedOn().atStartOfDay(zone).toInstant();
                Instant acted = activities.stream()
                        .filter(a -> CHASING.contains(a.type()) && a.direction() != Direction.INBOUND
                                && a.loggedBy().equals(order.owner())
                                && !a.occurredAt().isBefore(opened) && concerns(a, order))
                        .map(Activity::occurredAt).min(Comparator.naturalOrder()).orElse(null);
                cases.add(new CollectionCase(order.deal(), order.owner(), opened, acted));
            }
        }
        return List.copyOf(cases);
    }

    private static boolean concerns(Activity activity, SalesOrder order) {
        return activity.about().contains(new RecordRef(RecordType.DEAL, order.deal().value().toString()))
                || order.account() != null
                && activity.about().contains(new RecordRef(RecordType.ACCOUNT, order.account().value().toString()));
    }
}
