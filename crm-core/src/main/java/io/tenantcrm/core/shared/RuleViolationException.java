package io.tenantcrm.core.shared;

import java.util.List;
import java.util.stream.Collectors;

/** An operation was refused by the domain's rules; nothing was changed. Carries every violation found. */
public class RuleViolationException extends RuntimeException {

    private final transient List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The same refusal with a field named as the caller knows it (the domain's "title" is a form's "dealTitle"). */
    public RuleViolationException renamed(String field, String as) {
        return new RuleViolationException(violations.stream()
                .map(v -> v.field().equals(field) ? new Violation(as, v.message(), v.code()) : v).toList());
    }

    /** The same refusal about a part of something bigger: a line's {@code quantity} becomes {@code lines[2].quantity}. */
    public RuleViolationException under(String prefix) {
        return new RuleViolationException(violations.stream()
                .map(v -> new Violation(prefix + "." + v.field(), v.message(), v.code())).toList());
    }
}
