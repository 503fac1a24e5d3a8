package io.tenantcrm.core.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one ISO 4217 currency. Exact decimal arithmetic, never floating point; the scale is the currency's
 * (2 for USD, 0 for JPY). Amounts in different currencies are never added: that is an error, not a conversion.
 */
public final class Money implements Comparable<Money> {

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * @throws InvalidValueException (field {@code amount} or {@code currency}) for an unknown currency or an amount
     *                               more precise than the currency allows; nothing is rounded silently
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        return of(amount, currency(currencyCode));
    }

    public static Money of(String amount, String currencyCode) {
        if (amount == null || amount.isBlank()) {
            throw new InvalidValueException("amount", "must not be empty");
        }
        try {
            return of(new BigDecimal(amount.trim()), currencyCode);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("amount", "'" + amount + "' is not a decimal number");
        }
    }

    public static Money of(BigDecimal amount, Currency currency) {
        if (amount == null) {
            throw new InvalidValueException("amount", "must not be empty");
        }
        Objects.requireNonNull(currency, "currency");
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > digits) {
            throw new InvalidValueException("amount", amount.toPlainString() + " has more decimal places than "
                    + currency.getCurrencyCode() + " allows (" + digits + ")");
        }
        return new Money(amount.setScale(digits, RoundingMode.UNNECESSARY), currency);
    }

    public static Money zero(Currency currency) {
        return of(BigDecimal.ZERO, currency);
    }

    private static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException("currency", "must not be empty");
        }
        try {
            return Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("currency", "'" + code + "' is not an ISO 4217 currency code");
        }
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This amount times a factor (a probability, a rate), rounded half-even to the currency's scale. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(amount.scale(), RoundingMode.HALF_EVEN), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency.getCurrencyCode() + " with "
                    + other.currency.getCurrencyCode() + " without an exchange rate");
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.equals(other.amount) && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    /** {@code 1234.50 USD}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
