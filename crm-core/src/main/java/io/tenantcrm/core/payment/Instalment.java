package io.tenantcrm.core.payment;

import io.tenantcrm.core.shared.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One part of an order's payment schedule: what it is for ("30% deposit"), the amount, when it is due, and how
 * much of it was paid. {@code collectionOpenedOn} is set once it went overdue past the tenant's grace and was handed
 * to collections, so that happens once.
 */
public record Instalment(String label, Money amount, LocalDate due, Money paid, LocalDate collectionOpenedOn) {

    public Instalment {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(paid, "paid");
    }

    public Money outstanding() {
        return amount.minus(paid);
    }

    public boolean isPaid() {
        return outstanding().amount().signum() == 0;
    }

    /** Unpaid more than {@code graceDays} after it was due: red. */
    public boolean isOverdue(LocalDate today, int graceDays) {
        return !isPaid() && today.isAfter(due.plusDays(graceDays));
    }

    /** Days past the due date on {@code today}; 0 when not yet due or paid. */
    public long daysLate(LocalDate today) {
        return isPaid() || !today.isAfter(due) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(due, today);
    }

    Instalment pay(Money more) {
        return new Instalment(label, amount, due, paid.plus(more), collectionOpenedOn);
    }

    Instalment handedToCollections(LocalDate on) {
        return new Instalment(label, amount, due, paid, on);
    }
}
