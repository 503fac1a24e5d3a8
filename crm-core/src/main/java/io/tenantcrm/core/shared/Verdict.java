package io.tenantcrm.core.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a policy says about an intended change: allowed, or rejected with every violation found (not just the
 * first, so a form can show them all at once).
 */
public sealed interface Verdict permits Verdict.Allowance, Verdict.Rejection {

    static Verdict allowed() {
        return Allowance.INSTANCE;
    }

    static Verdict rejected(Violation... violations) {
        return new Rejection(List.of(violations));
    }

    static Verdict of(List<Violation> violations) {
        return violations.isEmpty() ? allowed() : new Rejection(violations);
    }

    boolean isAllowed();

    List<Violation> violations();

    /** Both verdicts together: allowed only if both are. */
    default Verdict and(Verdict other) {
        if (isAllowed()) {
            return other;
        }
        if (other.isAllowed()) {
            return this;
        }
        List<Violation> all = new ArrayList<>(violations());
        all.addAll(other.violations());
        return new Rejection(all);
    }

    /** Throws {@link RuleViolationException} when rejected. */
    default void orThrow() {
        if (!isAllowed()) {
            throw new RuleViolationException(violations());
        }
    }

    /** The change may go ahead. */
    final class Allowance implements Verdict {
        private static final Allowance INSTANCE = new Allowance();

        private Allowance() {
        }

        @Override
        public boolean isAllowed() {
            return true;
        }

        @Override
        public List<Violation> violations() {
            return List.of();
        }

        @Override
        public String toString() {
            return "allowed";
        }
    }

    /** The change may not go ahead, for these reasons. */
    record Rejection(List<Violation> violations) implements Verdict {
        public Rejection {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs at least one violation");
            }
        }

        @Override
        public boolean isAllowed() {
            return false;
        }

        @Override
        public String toString() {
            return violations.stream().map(Violation::toString).collect(Collectors.joining("; ", "rejected: ", ""));
        }
    }
}
