package io.tenantcrm.core.report;

import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealStatus;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.shared.Median;
import io.tenantcrm.core.shared.UserId;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who contributes: per seller over a period, the median first-response time to the leads they own (received in
 * the period; from receipt to their first outbound touch), follow-up density (outbound touches per open deal per
 * week), and the amount won (deals won in the period), per currency.
 */
public final class ContributionReport {

    private ContributionReport() {
    }

    /** One seller's line. {@code leadsAnswered} of {@code leadsOwned}; unanswered leads do not enter the median. */
    public record Line(UserId seller, int leadsOwned, int leadsAnswered, double medianFirstResponseHours,
                       double touchesPerOpenDealPerWeek, Map<Currency, BigDecimal> wonAmount) {
    }

    public static List<Line> of(Iterable<Lead> leads, List<Activity> activities, Iterable<Deal> deals,
                                Instant from, Instant to) {
        Map<String, Instant> firstOutboundByRecordAndUser = new HashMap<>();
        Map<UserId, Integer> outboundTouches = new HashMap<>();
        for (Activity a : activities) {
            if (a.direction() != Direction.OUTBOUND) {
                continue;
            }
            for (var ref : a.about()) {
                firstOutboundByRecordAndUser.merge(ref + "|" + a.loggedBy(), a.occurredAt(),
                        (x, y) -> x.isBefore(y) ? x : y);
            }
            if (!a.occurredAt().isBefore(from) && a.occurredAt().isBefore(to)
                    && a.about().stream().anyMatch(r -> r.type() == RecordType.DEAL)) {
                outboundTouches.merge(a.loggedBy(), 1, Integer::sum);
            }
        }
        Map<UserId, List<Double>> responseHours = new HashMap<>();
        Map<UserId, Integer> owned = new HashMap<>();
        for (Lead lead : leads) {
            if (lead.owner() == null || lead.receivedAt().isBefore(from) || !lead.receivedAt().isBefore(to)) {
                continue;
            }
            owned.merge(lead.owner(), 1, Integer::sum);
            Instant answered = firstOutboundByRecordAndUser.get(lead.ref() + "|" + lead.owner());
            if (answered != null && !answered.isBefore(lead.receivedAt())) {
                responseHours.computeIfAbsent(lead.owner(), u -> new ArrayList<>())
                        .add(Duration.between(lead.receivedAt(), answered).getSeconds() / 3600.0);
            }
        }
        Map<UserId, Integer> openDeals = new HashMap<>();
        Map<UserId, Map<Currency, BigDecimal>> won = new HashMap<>();
        for (Deal deal : deals) {
            if (deal.isOpen()) {
                openDeals.merge(deal.owner(), 1, Integer::sum);
            } else if (deal.status() == DealStatus.WON && deal.amount() != null
                    && !deal.stageEnteredAt().isBefore(from) && deal.stageEnteredAt().isBefore(to)) {
                won.computeIfAbsent(deal.owner(), u -> new TreeMap<>(java.util.Comparator.comparing(
                        Currency::getCurrencyCode))).merge(deal.amount().currency(), deal.amount().amount(),
                        BigDecimal::add);
            }
        }
        double weeks = Duration.between(from, to).getSeconds() / (7 * 86_400.0);
        java.util.Set<UserId> sellers = new java.util.TreeSet<>(java.util.Comparator.comparing(UserId::value));
        sellers.addAll(owned.keySet());
        sellers.addAll(openDeals.keySet());
        sellers.addAll(won.keySet());
        sellers.addAll(outboundTouches.keySet());
        List<Line> lines = new ArrayList<>();
        for (UserId seller : sellers) {
            List<Double> hours = responseHours.getOrDefault(seller, List.of());
            int open = openDeals.getOrDefault(seller, 0);
            lines.add(new Line(seller, owned.getOrDefault(seller, 0), hours.size(), Median.of(hours),
                    open == 0 ? 0 : outboundTouches.getOrDefault(seller, 0) / (open * weeks),
                    won.getOrDefault(seller, Map.of())));
        }
        return lines;
    }
}
