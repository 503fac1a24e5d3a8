package io.tenantcrm.core.tenant;

import io.tenantcrm.core.dedupe.DuplicateAction;
import io.tenantcrm.core.lead.LeadField;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.sla.WeeklyHours;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The settings a tenant may change, each with its check. Durations are ISO-8601 ({@code PT72H}, {@code P14D}),
 * lists are comma-separated. A value that does not parse is refused when it is stored, naming the key.
 */
public final class SettingKeys {

    public static final String LEAD_REQUIRED_FIELDS = "crm.lead.required-fields";
    public static final String LEAD_SUGGESTED_FIELDS = "crm.lead.suggested-fields";
    public static final String HEALTH_GREEN_WITHIN = "crm.health.green-within";
    public static final String HEALTH_RED_AFTER = "crm.health.red-after";
    public static final String HEALTH_ROTTEN_RED_FACTOR = "crm.health.rotten-red-factor";
    public static final String SCORING_TARGET_COUNTRIES = "crm.scoring.target-countries";
    public static final String SCORING_PRODUCT_LINES = "crm.scoring.product-lines";
    public static final String PROCESS_TOUCHES_PER_WEEK = "crm.process.touches-per-week";
    public static final String PROCESS_QUOTE_FEEDBACK = "crm.process.quote-feedback";
    public static final String PROCESS_COLLECTIONS_ACTED_PERCENT = "crm.process.collections-acted-percent";
    public static final String PROCESS_NEED_CONFIRMATION = "crm.process.need-confirmation";
    public static final String SLA_FIRST_RESPONSE = "crm.sla.first-response";
    public static final String SLA_INITIAL_PROPOSAL = "crm.sla.initial-proposal";
    public static final String SLA_TIME_ZONE = "crm.sla.time-zone";
    public static final String SLA_BUSINESS_HOURS = "crm.sla.business-hours";
    public static final String SLA_HOLIDAYS = "crm.sla.holidays";
    public static final String SLA_ESCALATION_FALLBACK = "crm.sla.escalation-fallback";
    public static final String DUPLICATES_ON_INTAKE = "crm.duplicates.on-intake";
    public static final String DUPLICATES_ON_CONVERSION = "crm.duplicates.on-conversion";
    public static final String DUPLICATES_ON_IMPORT = "crm.duplicates.on-import";
    public static final String DUPLICATES_SURE_AT = "crm.duplicates.sure-at";
    public static final String DUPLICATES_POSSIBLE_AT = "crm.duplicates.possible-at";
    /** How long, in business hours, a quote's approval step may wait before it goes one level up. */
    public static final String QUOTES_APPROVAL_ESCALATION = "crm.quotes.approval-escalation";
    /** The approval levels as {@link io.tenantcrm.core.approval.ApprovalLevelsText} reads them. */
    public static final String QUOTES_APPROVAL_LEVELS = "crm.quotes.approval-levels";
    /** Days an instalment may go unpaid after its due date before collections take it up. */
    public static final String PAYMENTS_GRACE_DAYS = "crm.payments.grace-days";

    private static final SettingKind DURATION = SettingKind.of(SettingKind.Type.DURATION);
    private static final SettingKind NUMBER = SettingKind.of(SettingKind.Type.NUMBER);
    private static final SettingKind SCORE = SettingKind.of(SettingKind.Type.SCORE);
    private static final SettingKind LEAD_FIELDS = new SettingKind(SettingKind.Type.LIST,
            Arrays.stream(LeadField.values()).map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
    private static final SettingKind DUPLICATE_ACTION = new SettingKind(SettingKind.Type.CHOICE,
            Arrays.stream(DuplicateAction.values()).map(a -> a.name().toLowerCase(Locale.ROOT)).toList());

    /** A key's kind (the input a screen offers) and its check, side by side so neither can be forgotten. */
    private record Setting(SettingKind kind, Consumer<String> check) {
    }

    private static final Map<String, Setting> SETTINGS = Map.ofEntries(
            Map.entry(LEAD_REQUIRED_FIELDS, new Setting(LEAD_FIELDS, SettingKeys::leadFields)),
            Map.entry(LEAD_SUGGESTED_FIELDS, new Setting(LEAD_FIELDS, SettingKeys::leadFields)),
            Map.entry(HEALTH_GREEN_WITHIN, new Setting(DURATION, SettingKeys::positiveDuration)),
            Map.entry(HEALTH_RED_AFTER, new Setting(DURATION, SettingKeys::positiveDuration)),
            Map.entry(HEALTH_ROTTEN_RED_FACTOR, new Setting(NUMBER, value -> positiveNumber(value))),
            Map.entry(SCORING_TARGET_COUNTRIES, new Setting(SettingKind.of(SettingKind.Type.LIST),
                    value -> list(value).forEach(CountryCode::of))),
            Map.entry(SCORING_PRODUCT_LINES, new Setting(SettingKind.of(SettingKind.Type.LIST), SettingKeys::list)),
            Map.entry(PROCESS_TOUCHES_PER_WEEK, new Setting(NUMBER, value -> positiveNumber(value))),
            Map.entry(PROCESS_QUOTE_FEEDBACK, new Setting(DURATION, SettingKeys::positiveDuration)),
            Map.entry(PROCESS_COLLECTIONS_ACTED_PERCENT, new Setting(NUMBER, value -> positiveNumber(value))),
            Map.entry(PROCESS_NEED_CONFIRMATION, new Setting(DURATION, SettingKeys::positiveDuration)),
            Map.entry(SLA_FIRST_RESPONSE, new Setting(DURATION, SettingKeys::positiveDuration)),
            Map.entry(SLA_INITIAL_PROPOSAL, new Setting(DURATION, SettingKeys::positiveDuration)),
            Map.entry(SLA_TIME_ZONE, new Setting(SettingKind.of(SettingKind.Type.TIME_ZONE), ZoneId::of)),
            Map.entry(SLA_BUSINESS_HOURS, new Setting(SettingKind.of(SettingKind.Type.TEXT),
                    value -> WeeklyHours.parse(value, ZoneOffset.UTC, Set.of()))),
            Map.entry(SLA_HOLIDAYS, new Setting(SettingKind.of(SettingKind.Type.LIST), SettingKeys::holidays)),
            Map.entry(SLA_ESCALATION_FALLBACK, new Setting(SettingKind.of(SettingKind.Type.PERSON), UserId::of)),
            Map.entry(DUPLICATES_ON_INTAKE, new Setting(DUPLICATE_ACTION, SettingKeys::duplicateAction)),
            Map.entry(DUPLICATES_ON_CONVERSION, new Setting(DUPLICATE_ACTION, SettingKeys::duplicateAction)),
            Map.entry(DUPLICATES_ON_IMPORT, new Setting(DUPLICATE_ACTION, SettingKeys::duplicateAction)),
            Map.entry(DUPLICATES_SURE_AT, new Setting(SCORE, SettingKeys::score)),
            Map.entry(DUPLICATES_POSSIBLE_AT, new Setting(SCORE, SettingKeys::score)),
            Map.entry(QUOTES_APPROVAL_ESCALATION, new Setting(DURATION, SettingKeys::positiveDuration)),
            Map.entry(QUOTES_APPROVAL_LEVELS, new Setting(SettingKind.of(SettingKind.Type.TEXT),
                    io.tenantcrm.core.approval.ApprovalLevelsText::parse)),
            Map.entry(PAYMENTS_GRACE_DAYS, new Setting(SettingKind.of(SettingKind.Type.DAYS), SettingKeys::days)));

    private SettingKeys() {
    }

    /** What kind of value the key takes, for the input a screen offers; an unknown key is text. */
    public static SettingKind kind(String key) {
        Setting setting = SETTINGS.get(key);
        return setting == null ? SettingKind.of(SettingKind.Type.TEXT) : setting.kind();
    }

    public static Set<String> all() {
        return SETTINGS.keySet();
    }

    /**
     * @throws InvalidValueException naming the key, for an unknown key or a value that does not parse
     */
    public static void check(String key, String value) {
        Setting setting = SETTINGS.get(key);
        if (setting == null) {
            throw new InvalidValueException("key", "'" + key + "' is not a tenant setting; known: "
                    + SETTINGS.keySet().stream().sorted().collect(Collectors.joining(", ")));
        }
        if (value == null) {
            throw new InvalidValueException(key, "must not be empty");
        }
        try {
            setting.check().accept(value.strip());
        } catch (InvalidValueException e) {
            throw e.forField(key);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidValueException(key, "'" + value + "' is not valid: " + e.getMessage());
        }
    }

    static Set<LocalDate> holidays(String value) {
        return list(value).stream().map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }

    static Set<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    static Set<LeadField> leadFields(String value) {
        return list(value).stream().map(name -> {
            try {
                return LeadField.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("value", "'" + name + "' is not a lead field; known: "
                        + Arrays.toString(LeadField.values()));
            }
        }).collect(Collectors.toUnmodifiableSet());
    }

    static DuplicateAction duplicateAction(String value) {
        try {
            return DuplicateAction.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("value", "'" + value + "' is not one of block, warn, allow");
        }
    }

    /** A score above 0 and at most 1, such as 0.85. */
    static double score(String value) {
        double score = positiveNumber(value);
        if (score > 1) {
            throw new InvalidValueException("value", "must be a score above 0 and at most 1, such as 0.85");
        }
        return score;
    }

    static Duration positiveDuration(String value) {
        Duration duration = Duration.parse(value);
        if (duration.isNegative() || duration.isZero()) {
            throw new InvalidValueException("value", "must be a positive duration such as PT72H");
        }
        return duration;
    }

    static int days(String value) {
        try {
            int days = Integer.parseInt(value.strip());
            if (days < 0 || days > 365) {
                throw new NumberFormatException();
            }
            return days;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("value", "must be a whole number of days from 0 to 365");
        }
    }

    static double positiveNumber(String value) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("value", "'" + value + "' is not a number");
        }
        if (!(number > 0)) {
            throw new InvalidValueException("value", "must be positive");
        }
        return number;
    }
}
