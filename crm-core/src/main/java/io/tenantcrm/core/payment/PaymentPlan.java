package io.tenantcrm.core.payment;

import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How an order is paid: its instalments (a deposit and a balance, say) and the receipts recorded against them. A
 * value rebuilt whole on each receipt: the money is applied to the instalments in the order they fall due, so a
 * deposit is paid before the balance.
 *
 * <p>Invariants: instalments in one currency and adding up to the order's amount; receipts in that currency, and
 * never more in total than the order's amount.
 */
public record PaymentPlan(List<Instalment> instalments, List<Receipt> receipts) {

    /** Violation codes. */
    public static final String OVER_BALANCE = "over-balance";
    public static final String MIXED_CURRENCIES = "mixed-currencies";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A part of the schedule as a seller agrees it: "30% deposit" due on the day the order is confirmed. */
    public record Share(String label, BigDecimal percent, LocalDate due) {
    }

    public PaymentPlan {
        instalments = instalments.stream().sorted(Comparator.comparing(Instalment::due)).toList();
        receipts = List.copyOf(receipts);
        if (instalments.isEmpty()) {
            throw new IllegalArgumentException("a payment plan has at least one instalment");
        }
    }

    /**
     * The order's amount split by percentages that add up to 100; each instalment rounded to the currency, the
     * last one taking what rounding left, so the instalments always add up to the amount.
     */
    public static PaymentPlan split(Money total, List<Share> shares) {
        List<Violation> problems = new ArrayList<>();
        if (shares == null || shares.isEmpty()) {
            throw new RuleViolationException(List.of(Violation.required("payments",
                    "say how the order is paid: at least one instalment")));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            String at = "payments[" + i + "]";
            if (share.label() == null || share.label().isBlank()) {
                problems.add(Violation.required(at + ".label", "say what it is for: deposit, balance ..."));
            }
            if (share.percent() == null || share.percent().signum() <= 0 || share.percent().compareTo(HUNDRED) > 0) {
                problems.add(new Violation(at + ".percent", "must be more than 0 and at most 100", "out-of-range"));
            } else {
                sum = sum.add(share.percent());
            }
            if (share.due() == null) {
                problems.add(Violation.required(at + ".due", "when is it due?"));
            }
        }
        if (problems.isEmpty() && sum.compareTo(HUNDRED) != 0) {
            problems.add(new Violation("payments", "the instalments add up to " + sum.stripTrailingZeros()
                    .toPlainString() + "%, not 100%", "not-whole"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        List<Instalment> instalments = new ArrayList<>();
        Money left = total;
        Money zero = Money.zero(total.currency());
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            Money amount = i == shares.size() - 1 ? left : total.times(share.percent().divide(HUNDRED));
            left = left.minus(amount);
            instalments.add(new Instalment(share.label().strip(), amount, share.due(), zero, null));
        }
        return new PaymentPlan(instalments, List.of());
    }

    public Money total() {
        return instalments.stream().map(Instalment::amount).reduce(Money::plus).orElseThrow();
    }

    public Money received() {
        return receipts.stream().map(Receipt::amount).reduce(Money::plus).orElse(Money.zero(total().currency()));
    }

    /** What is still owed. */
    public Money outstanding() {
        return total().minus(received());
    }

    public boolean isPaid() {
        return outstanding().amount().signum() == 0;
    }

    /** The plan with the receipt applied to the instalments, earliest due first. */
    public PaymentPlan record(Receipt receipt, LocalDate today) {
        Money outstanding = outstanding();
        if (!receipt.amount().currency().equals(outstanding.currency())) {
            throw new RuleViolationException(List.of(new Violation("amount", "must be in "
                    + outstanding.currency().getCurrencyCode() + ", the order's currency", MIXED_CURRENCIES)));
        }
        if (receipt.amount().compareTo(outstanding) > 0) {
            throw new RuleViolationException(List.of(new Violation("amount", receipt.amount()
                    + " is more than the " + outstanding + " still owed", OVER_BALANCE)));
        }
        if (receipt.receivedOn().isAfter(today)) {
            throw new RuleViolationException(List.of(new Violation("receivedOn", "must not be after today",
                    "future")));
        }
        List<Instalment> applied = new ArrayList<>();
        Money left = receipt.amount();
        for (Instalment instalment : instalments) {
            Money part = min(left, instalment.outstanding());
            applied.add(part.amount().signum() == 0 ? instalment : instalment.pay(part));
            left = left.minus(part);
        }
        List<Receipt> all = new ArrayList<>(receipts);
        all.add(receipt);
        return new PaymentPlan(applied, all);
    }

    /** The instalments unpaid more than {@code graceDays} after they were due. */
    public List<Instalment> overdue(LocalDate today, int graceDays) {
        return instalments.stream().filter(i -> i.isOverdue(today, graceDays)).toList();
    }

    /** The plan with these overdue instalments marked as handed to collections today. */
    public PaymentPlan handedToCollections(List<Instalment> handed, LocalDate today) {
        return new PaymentPlan(instalments.stream().map(i -> handed.contains(i) ? i.handedToCollections(today) : i)
                .toList(), receipts);
    }

    /** When the last money came in that paid the plan in full, if it is paid. */
    public java.util.Optional<LocalDate> paidOn() {
        return isPaid() ? receipts.stream().map(Receipt::receivedOn).max(Comparator.naturalOrder())
                : java.util.Optional.empty();
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
