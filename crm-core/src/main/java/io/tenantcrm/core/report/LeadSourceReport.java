package io.tenantcrm.core.report;

import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.DealStatus;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadStatus;
import io.tenantcrm.core.shared.SourceChannel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where do leads come from: per source channel, the leads received in a period, how many were qualified (qualified
 * or converted), and how many ended as won deals. Rates are shares of the leads received.
 */
public final class LeadSourceReport {

    private LeadSourceReport() {
    }

    /** One channel's line. */
    public record Line(SourceChannel channel, int leads, int qualified, int won) {

        public double qualifiedRate() {
            return leads == 0 ? 0 : (double) qualified / leads;
        }

        public double winRate() {
            return leads == 0 ? 0 : (double) won / leads;
        }
    }

    /**
     * @param dealStatus the status of the deals converted leads became
     */
    public static List<Line> of(Iterable<Lead> leads, Map<DealId, DealStatus> dealStatus, Instant from, Instant to) {
        Map<SourceChannel, int[]> counts = new EnumMap<>(SourceChannel.class);
        for (Lead lead : leads) {
            if (lead.receivedAt().isBefore(from) || !lead.receivedAt().isBefore(to)) {
                continue;
            }
            int[] c = counts.computeIfAbsent(lead.source(), s -> new int[3]);
            c[0]++;
            if (lead.status() == LeadStatus.QUALIFIED || lead.status() == LeadStatus.CONVERTED) {
                c[1]++;
            }
            if (lead.conversion() != null && dealStatus.get(lead.conversion().deal()) == DealStatus.WON) {
                c[2]++;
            }
        }
        List<Line> lines = new ArrayList<>();
        counts.forEach((channel, c) -> lines.add(new Line(channel, c[0], c[1], c[2])));
        return lines;
    }
}
