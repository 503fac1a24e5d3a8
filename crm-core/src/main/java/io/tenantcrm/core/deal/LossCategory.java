package io.tenantcrm.core.deal;

import java.util.List;

/**
 * Why deals are lost, structured so that reports can count them: a category and one of its sub-reasons (free
 * text goes in the note).
 */
public enum LossCategory {
    PRICE(List.of("above target price", "competitor cheaper", "budget cut", "freight or currency cost")),
    LEAD_TIME(List.of("delivery too slow", "sample too late", "no capacity")),
    SPECIFICATION(List.of("does not meet specification", "certification missing", "sample failed quality check")),
    TRUST(List.of("no track record", "references not convincing", "communication problems")),
    PROCESS(List.of("payment terms refused", "minimum order quantity too high", "paperwork or compliance",
            "we answered too slowly")),
    EXTERNAL(List.of("project cancelled", "tariffs or sanctions", "buyer went silent", "made in-house"));

    private final List<String> subReasons;

    LossCategory(List<String> subReasons) {
        this.subReasons = subReasons;
    }

    public List<String> subReasons() {
        return subReasons;
    }
}
