package io.tenantcrm.core.approval;

import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.CrmRole;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An approval policy's levels as one line of text, so a tenant sets them like any other setting
 * ({@code crm.quotes.approval-levels}): levels lowest first, separated by {@code ;}, each
 * {@code <name> by <approver>: <rule>, <rule>}. Approvers: {@code owners-manager}, a role ({@code tenant-admin},
 * {@code sales-manager}) or {@code user:<id>}. Rules: {@code discount>10}, {@code margin<15}, {@code under-floor},
 * {@code amount>50000 USD} (one per currency). The platform's default reads
 * {@code manager by owners-manager: discount>10, margin<15, under-floor; director by tenant-admin: margin<5}.
 */
public final class ApprovalLevelsText {

    private static final Pattern LEVEL = Pattern.compile("\\s*([\\p{L}\\p{N} _-]+?)\\s+by\\s+(\\S+)\\s*:(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DISCOUNT = Pattern.compile("discount\\s*>\\s*([0-9]+(?:\\.[0-9]+)?)%?");
    private static final Pattern MARGIN = Pattern.compile("margin\\s*<\\s*([0-9]+(?:\\.[0-9]+)?)%?");
    private static final Pattern AMOUNT = Pattern.compile("amount\\s*>\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]{3})");

    private ApprovalLevelsText() {
    }

    /** @throws InvalidValueException naming {@code value}, saying which level or rule does not read */
    public static List<ApprovalLevel> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String[] parts = text.split(";");
        if (parts.length > ApprovalPolicy.MAX_LEVELS) {
            throw refused("at most " + ApprovalPolicy.MAX_LEVELS + " levels, separated by ';'");
        }
        List<ApprovalLevel> levels = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            Matcher level = LEVEL.matcher(parts[i]);
            if (!level.matches()) {
                throw refused("level " + (i + 1) + " ('" + parts[i].strip() + "') does not read as"
                        + " '<name> by <approver>: <rule>, ...'");
            }
            levels.add(new ApprovalLevel(level.group(1).strip(), approver(level.group(2), i + 1),
                    rules(level.group(3), i + 1)));
        }
        return List.copyOf(levels);
    }

    /** The levels as {@link #parse} reads them. */
    public static String format(List<ApprovalLevel> levels) {
        return levels.stream().map(level -> level.name() + " by " + approver(level.approver()) + ": "
                + level.rules().stream().flatMap(rule -> rule(rule).stream()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    private static Approver approver(String text, int level) {
        String name = text.strip().toLowerCase(Locale.ROOT);
        if (name.equals("owners-manager")) {
            return new Approver.OwnersManager();
        }
        if (name.startsWith("user:") && name.length() > 5) {
            return new Approver.Person(UserId.of(text.strip().substring(5)));
        }
        return CrmRole.fromRoleName(name).<Approver>map(Approver.WithRole::new).orElseThrow(() -> refused("level "
                + level + ": '" + text.strip() + "' is no approver; owners-manager, tenant-admin, sales-manager or"
                + " user:<id>"));
    }

    private static List<ApprovalRule> rules(String text, int level) {
        List<ApprovalRule> rules = new ArrayList<>();
        Map<Currency, Money> limits = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String rule = part.strip().toLowerCase(Locale.ROOT);
            Matcher m;
            if (rule.isEmpty()) {
                continue;
            } else if ((m = DISCOUNT.matcher(rule)).matches()) {
                rules.add(new ApprovalRule.DiscountOver(new BigDecimal(m.group(1))));
            } else if ((m = MARGIN.matcher(rule)).matches()) {
                rules.add(new ApprovalRule.MarginUnder(new BigDecimal(m.group(1))));
            } else if (rule.equals("under-floor")) {
                rules.add(new ApprovalRule.LineUnderFloor());
            } else if ((m = AMOUNT.matcher(rule)).matches()) {
                Money limit;
                try {
                    limit = Money.of(m.group(1), m.group(2).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw refused("level " + level + ": '" + m.group(2).toUpperCase(Locale.ROOT)
                            + "' is not a currency");
                }
                limits.put(limit.currency(), limit);
            } else {
                throw refused("level " + level + ": '" + part.strip() + "' is no rule; discount>10, margin<15,"
                        + " under-floor or amount>50000 USD");
            }
        }
        if (!limits.isEmpty()) {
            rules.add(new ApprovalRule.AmountOver(limits));
        }
        if (rules.isEmpty()) {
            throw refused("level " + level + " has no rule: a level nobody's quote ever needs is no level");
        }
        return rules;
    }

    private static List<String> rule(ApprovalRule rule) {
        if (rule instanceof ApprovalRule.DiscountOver d) {
            return List.of("discount>" + d.percent().toPlainString());
        }
        if (rule instanceof ApprovalRule.MarginUnder m) {
            return List.of("margin<" + m.percent().toPlainString());
        }
        if (rule instanceof ApprovalRule.AmountOver a) {
            return a.limits().values().stream().map(limit -> "amount>" + limit.amount().toPlainString() + " "
                    + limit.currency().getCurrencyCode()).sorted().toList();
        }
        return List.of("under-floor");
    }

    private static String approver(Approver approver) {
        if (approver instanceof Approver.WithRole r) {
            return r.role().roleName();
        }
        if (approver instanceof Approver.Person p) {
            return "user:" + p.user().value();
        }
        return "owners-manager";
    }

    private static InvalidValueException refused(String why) {
        return new InvalidValueException("value", why);
    }
}
