package io.tenantcrm.core.payment;

import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TextLimit;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Money received against an order: how much, the day it arrived, how, the bank's reference, who recorded it. */
public record Receipt(UUID id, Money amount, LocalDate receivedOn, PaymentMethod method, String reference,
                      UserId recordedBy, Instant recordedAt) {

    public Receipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        List<Violation> problems = new ArrayList<>();
        if (amount == null) {
            problems.add(Violation.required("amount", "how much came in?"));
        } else if (amount.amount().signum() <= 0) {
            problems.add(new Violation("amount", "must be more than 0", "not-positive"));
        }
        if (receivedOn == null) {
            problems.add(Violation.required("receivedOn", "on which day did it arrive?"));
        }
        method = method == null ? PaymentMethod.BANK_TRANSFER : method;
        try {
            reference = TextLimit.LINE.check("reference", reference);
        } catch (RuleViolationException e) {
            problems.addAll(e.violations());
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }
}
