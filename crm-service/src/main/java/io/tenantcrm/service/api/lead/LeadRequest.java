package io.tenantcrm.service.api.lead;

import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.PhoneNumber;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.Violation;
import io.tenantcrm.core.shared.RuleViolationException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The body of {@code POST /api/v1/leads}. Every field is text here, so that a wrong value is refused with the
 * field's name rather than a parser's message; {@link #toNewLead()} turns it into crm-core's inquiry.
 */
public record LeadRequest(String source, String sourceDetail, String receivedAt, Contact contact, String country,
                          String productInterest, String message) {

    /** Who sent the inquiry. */
    public record Contact(String personName, String companyName, String email, String phone, String jobTitle) {
    }

    static final int MAX_TEXT = 200;

    public NewLead toNewLead() {
        List<Violation> violations = new ArrayList<>();
        SourceChannel channel = parse(violations, "source", () -> source == null ? null
                : SourceChannel.valueOf(source.strip().toUpperCase(Locale.ROOT).replace('-', '_')),
                "must be one of " + Arrays.toString(SourceChannel.values()));
        CountryCode countryCode = parse(violations, "country", () -> blank(country) ? null : CountryCode.of(country),
                null);
        Contact who = contact == null ? new Contact(null, null, null, null, null) : contact;
        EmailAddress email = parse(violations, "contact.email", () -> blank(who.email()) ? null
                : EmailAddress.of(who.email()), null);
        PhoneNumber phone = parse(violations, "contact.phone", () -> blank(who.phone()) ? null
                : PhoneNumber.parse(who.phone(), countryCode), null);
        Instant received = parse(violations, "receivedAt", () -> blank(receivedAt) ? null : Instant.parse(receivedAt),
                "must be an ISO-8601 instant such as 2026-03-02T09:00:00Z");
        length(violations, "sourceDetail", sourceDetail);
        length(violations, "contact.personName", who.personName());
        length(violations, "contact.companyName", who.companyName());
        length(violations, "contact.jobTitle", who.jobTitle());
        length(violations, "productInterest", productInterest);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new NewLead(channel, sourceDetail, received,
                new ContactDetails(who.personName(), who.companyName(), email, phone, who.jobTitle()),
                countryCode, productInterest, message, List.of());
    }

    private static <T> T parse(List<Violation> violations, String field, Supplier<T> parser, String hint) {
        try {
            return parser.get();
        } catch (InvalidValueException e) {
            violations.add(new Violation(field, e.reason(), e.code()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            violations.add(new Violation(field, hint != null ? hint : e.getMessage()));
        }
        return null;
    }

    private static void length(List<Violation> violations, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            violations.add(new Violation(field, "must be at most " + MAX_TEXT + " characters", Violation.TOO_LONG));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
