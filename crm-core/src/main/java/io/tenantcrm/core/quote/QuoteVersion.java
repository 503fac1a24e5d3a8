package io.tenantcrm.core.quote;

import io.tenantcrm.core.approval.Approval;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One numbered version of a quote (from 1): its lines and terms, who made it and when, its status, its approval
 * (when its policy asked for one) and when it was sent. The totals are derived from the lines, never stored apart.
 */
public record QuoteVersion(int number, List<QuoteLine> lines, QuoteTerms terms, VersionStatus status,
                           UserId madeBy, Instant madeAt, Approval approval, Instant sentAt) {

    public QuoteVersion {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(madeBy, "madeBy");
        Objects.requireNonNull(madeAt, "madeAt");
        lines = List.copyOf(lines);
        if (number < 1) {
            throw new IllegalArgumentException("versions are numbered from 1");
        }
    }

    public QuoteTotals totals(Currency currency) {
        return QuoteTotals.of(lines, currency);
    }

    public Optional<Approval> approvalAsked() {
        return Optional.ofNullable(approval);
    }

    QuoteVersion with(VersionStatus newStatus, Approval newApproval, Instant newSentAt) {
        return new QuoteVersion(number, lines, terms, newStatus, madeBy, madeAt, newApproval, newSentAt);
    }
}
