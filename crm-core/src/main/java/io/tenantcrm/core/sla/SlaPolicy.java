package io.tenantcrm.core.sla;

import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.shared.UserId;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant's promises to its buyers and how it keeps them: a first response within {@code firstResponse} of
 * business time (default 30 minutes), an initial proposal within {@code initialProposal} (default 24 hours,
 * landing in business hours), follow-up reminders after a quote on given days at a time of day in the customer's
 * own time zone (default days 3 and 7 at 09:00, weekends skipped), and the escalation ladder for a missed clock.
 */
public record SlaPolicy(Duration firstResponse, Duration initialProposal, List<Period> quoteFollowUps,
                        LocalTime followUpAt, List<EscalationStep> ladder) {

    /** What stops the first-response clock: the owner reached out (a call, an email, a meeting, a quote). */
    private static final Set<ActivityType> RESPONSES = Set.of(ActivityType.CALL, ActivityType.EMAIL,
            ActivityType.MEETING, ActivityType.QUOTE_SENT);

    public SlaPolicy {
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(initialProposal, "initialProposal");
        Objects.requireNonNull(followUpAt, "followUpAt");
        if (firstResponse.isNegative() || firstResponse.isZero() || initialProposal.isNegative()
                || initialProposal.isZero()) {
            throw new IllegalArgumentException("SLA durations must be positive");
        }
        quoteFollowUps = List.copyOf(quoteFollowUps);
        ladder = ladder.stream().sorted(Comparator.comparing(EscalationStep::afterDue)).toList();
    }

    public static SlaPolicy defaults() {
        return new SlaPolicy(Duration.ofMinutes(30), Duration.ofHours(24), List.of(Period.ofDays(3), Period.ofDays(7)),
                LocalTime.of(9, 0), List.of(new EscalationStep(EscalationStep.Recipient.OWNER, Duration.ZERO),
                new EscalationStep(EscalationStep.Recipient.MANAGER, Duration.ofMinutes(30)),
                new EscalationStep(EscalationStep.Recipient.FALLBACK, Duration.ofHours(2))));
    }

    public Instant firstResponseDue(Instant received, BusinessHours hours) {
        return hours.plus(received, firstResponse);
    }

    /** Calendar time, then the first open moment from there: "within 24 hours" never falls on a Sunday. */
    public Instant initialProposalDue(Instant received, BusinessHours hours) {
        return hours.plus(received.plus(initialProposal), Duration.ZERO);
    }

    /** When each rung of the ladder is due for a clock that ran out at {@code due}. */
    public List<Instant> escalationTimes(Instant due, BusinessHours hours) {
        return ladder.stream().map(step -> hours.plus(due, step.afterDue())).toList();
    }

    /** The follow-ups after a quote, at {@link #followUpAt} on their day in the customer's zone, Monday to Friday. */
    public List<Instant> quoteReminders(Instant quoteSent, ZoneId customerZone) {
        LocalDate sentOn = quoteSent.atZone(customerZone).toLocalDate();
        return quoteFollowUps.stream().map(after -> {
            LocalDate day = sentOn.plus(after);
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            return ZonedDateTime.of(day, followUpAt, customerZone).toInstant();
        }).toList();
    }

    /** Whether this activity is the owner's first response to the buyer (and so stops the clock). */
    public static boolean stopsFirstResponse(Activity activity, UserId owner) {
        return activity.direction() == Direction.OUTBOUND && activity.loggedBy().equals(owner)
                && RESPONSES.contains(activity.type());
    }
}
