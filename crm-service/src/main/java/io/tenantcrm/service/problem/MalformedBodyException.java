package io.tenantcrm.service.problem;

import java.util.List;

/** A body that is not the JSON this request reads: answered 400, naming the fields when it can. */
public class MalformedBodyException extends RuntimeException {

    private final transient List<Problem.Violation> violations;

    public MalformedBodyException(String detail, List<Problem.Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
