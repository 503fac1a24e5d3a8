package io.tenantcrm.core.dedupe;

import java.util.List;

/**
 * A record was refused because the tenant blocks sure duplicates and it is one: nothing was written. Names the
 * records it duplicates, each with its score and reasons.
 */
public class DuplicateFoundException extends RuntimeException {

    private final String what;
    private final transient List<DuplicatePair> matches;

    public DuplicateFoundException(String what, List<DuplicatePair> matches) {
        super("this " + what + " is already here as " + matches.stream().map(DuplicatePair::second).toList());
        this.what = what;
        this.matches = List.copyOf(matches);
    }

    /** What was refused: "lead", "account". */
    public String what() {
        return what;
    }

    public List<DuplicatePair> matches() {
        return matches;
    }
}
