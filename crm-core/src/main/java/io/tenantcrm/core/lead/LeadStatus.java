package io.tenantcrm.core.lead;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an inquiry stands. New leads are worked, nurtured (not now, maybe later), qualified or disqualified;
 * a converted lead is done. A disqualified or nurtured lead can be taken up again.
 */
public enum LeadStatus {
    NEW,
    WORKING,
    NURTURE,
    QUALIFIED,
    DISQUALIFIED,
    CONVERTED;

    public Set<LeadStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(WORKING, NURTURE, QUALIFIED, DISQUALIFIED, CONVERTED);
            case WORKING -> EnumSet.of(NURTURE, QUALIFIED, DISQUALIFIED, CONVERTED);
            case NURTURE -> EnumSet.of(WORKING, QUALIFIED, DISQUALIFIED, CONVERTED);
            case QUALIFIED -> EnumSet.of(WORKING, NURTURE, DISQUALIFIED, CONVERTED);
            case DISQUALIFIED -> EnumSet.of(WORKING);
            case CONVERTED -> EnumSet.noneOf(LeadStatus.class);
        };
    }

    public boolean canMoveTo(LeadStatus target) {
        return next().contains(target);
    }
}
