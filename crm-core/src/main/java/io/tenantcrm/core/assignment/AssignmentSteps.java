package io.tenantcrm.core.assignment;

import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Wording;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The steps of an assignment's reasoning, each a code and its values (so a screen can say them in the reader's
 * language, naming people where the values hold their ids) and the English sentence for whoever has no
 * translation. Lists of values ({@code among}) are comma-separated and sorted.
 */
public final class AssignmentSteps {

    private AssignmentSteps() {
    }

    static Wording ruleMatched(String rule) {
        return step("rule-matched", "rule", rule);
    }

    static Wording condition(String what, String value, Collection<String> among) {
        return step(what + "-among", "value", value, "among",
                among.stream().sorted().collect(Collectors.joining(",")));
    }

    static Wording noConditions() {
        return step("no-conditions");
    }

    static Wording noRuleMatched() {
        return step("no-rule-matched");
    }

    static Wording noRules() {
        return step("no-rules");
    }

    static Wording alreadyOwned(UserId owner) {
        return step("already-owned", "user", owner.value());
    }

    static Wording fallback() {
        return step("fallback");
    }

    static Wording waitsUnassigned() {
        return step("waits-unassigned");
    }

    static Wording deactivated(UserId user) {
        return step("deactivated", "user", user.value());
    }

    static Wording onLeave(UserId user, LocalDate until) {
        return step("on-leave", "user", user.value(), "until", until.toString());
    }

    static Wording outsideHours(UserId user) {
        return step("outside-hours", "user", user.value());
    }

    static Wording overCap(UserId user, int open, int cap) {
        return step("over-cap", "user", user.value(), "open", Integer.toString(open), "cap", Integer.toString(cap));
    }

    static Wording pool(SalesPool pool) {
        return step("pool", "pool", pool.name(), "distribution",
                pool.distribution() == SalesPool.Distribution.ROUND_ROBIN ? "round-robin" : "least-loaded");
    }

    static Wording poolNobody() {
        return step("pool-nobody");
    }

    static Wording assigned(UserId user) {
        return step("assigned", "user", user.value());
    }

    static Wording assignedInTurn(UserId user) {
        return step("assigned-in-turn", "user", user.value());
    }

    static Wording assignedFewest(UserId user, int open) {
        return step("assigned-fewest", "user", user.value(), "open", Integer.toString(open));
    }

    /** The step in English, as the ownership history kept it before steps had codes. */
    public static String english(Wording step) {
        Map<String, String> v = step.values();
        return switch (step.code()) {
            case "rule-matched" -> "rule '" + v.get("rule") + "' matched";
            case "country-among", "product-line-among", "source-among", "grade-among" ->
                    step.code().replace("-among", "").replace('-', ' ') + " " + v.get("value") + " is one of ["
                            + v.get("among").replace(",", ", ") + "]";
            case "no-conditions" -> "it has no conditions";
            case "no-rule-matched" -> "no rule matched";
            case "no-rules" -> "the tenant has no assignment rules";
            case "already-owned" -> "the lead already has an owner";
            case "fallback" -> "so the fallback takes it";
            case "waits-unassigned" -> "so the lead waits in the unassigned queue";
            case "deactivated" -> v.get("user") + " is deactivated";
            case "on-leave" -> v.get("user") + " is on leave until " + v.get("until");
            case "outside-hours" -> v.get("user") + " is outside their working hours";
            case "over-cap" -> v.get("user") + " holds " + v.get("open") + " open leads (cap " + v.get("cap") + ")";
            case "pool" -> "pool '" + v.get("pool") + "' (" + v.get("distribution").replace('-', ' ') + ")";
            case "pool-nobody" -> "nobody in it can take the lead";
            case "assigned" -> "assigned to " + v.get("user");
            case "assigned-in-turn" -> "assigned to " + v.get("user") + ", next in turn";
            case "assigned-fewest" -> "assigned to " + v.get("user") + " with " + v.get("open")
                    + " open leads, the fewest";
            default -> step.code();
        };
    }

    private static Wording step(String code, String... keysAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Wording(code, values);
    }
}
