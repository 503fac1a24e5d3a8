package io.tenantcrm.service.api;

import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.Money;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The small JSON shapes every resource shares: money as {@code {"amount": "123.45", "currency": "USD"}} (the
 * amount as text, never a float) and a next step as {@code {"action": "...", "due": "2026-03-02T09:00:00Z"}}.
 */
public final class Json {

    private Json() {
    }

    public record MoneyJson(String amount, String currency) {

        public static MoneyJson of(Money money) {
            return money == null ? null : new MoneyJson(money.amount().toPlainString(),
                    money.currency().getCurrencyCode());
        }

        public Money toMoney(String field) {
            try {
                return Money.of(amount, currency);
            } catch (InvalidValueException e) {
                throw e.forField(field + "." + e.field());
            }
        }
    }

    public record NextStepJson(String action, String due) {

        public static NextStepJson of(NextStep step) {
            return step == null ? null : new NextStepJson(step.action(), step.due().toString());
        }

        public NextStep toNextStep(String field) {
            if (due == null || due.isBlank()) {
                throw new InvalidValueException(field + ".due", "say when: an ISO-8601 instant");
            }
            try {
                return new NextStep(action, Instant.parse(due));
            } catch (DateTimeParseException e) {
                throw new InvalidValueException(field + ".due", "must be an ISO-8601 instant such as"
                        + " 2026-03-02T09:00:00Z");
            }
        }
    }

    /**
     * What the CRM wrote itself (a timeline entry, a task, what a scoring rule read), as a stable code and its
     * values, for a client to say in its user's language ({@code quote-sent}, {@code sla-first-response-overdue},
     * {@code answer-lead}, {@code not-stated}, ...); the text beside it says it in English.
     */
    public record WordingJson(String code, java.util.Map<String, String> values) {

        public static WordingJson of(io.tenantcrm.core.shared.Wording wording) {
            return wording == null ? null : new WordingJson(wording.code(), wording.values());
        }
    }
}
