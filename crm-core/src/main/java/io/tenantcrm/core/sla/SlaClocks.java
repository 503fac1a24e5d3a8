package io.tenantcrm.core.sla;

import io.tenantcrm.core.access.SalesTeams;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.AccountRepository;
import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityLogged;
import io.tenantcrm.core.activity.ActivityRepository;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.activity.Task;
import io.tenantcrm.core.activity.TaskRepository;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealEvents;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadEvents.LeadReceived;
import io.tenantcrm.core.lead.LeadId;
import io.tenantcrm.core.lead.LeadRepository;
import io.tenantcrm.core.lead.LeadStatus;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Wording;
import io.tenantcrm.core.tenant.TenantConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Use case: the SLA clocks of leads and quotes. A new lead starts its first-response ladder and its proposal
 * clock; the owner's first outbound reply stops the first; a quote sent on a deal starts its follow-up reminders.
 * When a timer comes due, {@link #fire} acts on it once: a task for whoever the rung names (owner, their manager,
 * the tenant's fallback) and a note on the record's timeline, or nothing when the record no longer needs it.
 */
public final class SlaClocks {

    /** Ports the clocks read and write. */
    public record Ports(SlaTimers timers, LeadRepository leads, DealRepository deals, AccountRepository accounts,
                        TaskRepository tasks, ActivityRepository activities, SalesTeams teams,
                        TenantConfiguration configuration) {
    }

    /** What firing a timer did. */
    public record Fired(SlaTimer timer, Optional<UserId> told, String note) {
    }

    private final Ports ports;
    private final Recorder recorder;

    public SlaClocks(Ports ports, Recorder recorder) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /**
     * Reacts to what happened, wherever it happened (the API, web-form intake, an import, email sync), so every
     * path keeps the same promises: a lead received starts its clocks, an activity logged may keep one or start
     * quote reminders, a deal opened, moved, closed or reopened restarts or stops its rotting clock. Other events
     * are none of the clocks' business. Runs in the transaction that published the event.
     */
    public void on(DomainEvent event) {
        if (event instanceof LeadReceived received) {
            started(new RecordRef(RecordType.LEAD, received.lead().toString()), received.receivedAt());
        } else if (event instanceof ActivityLogged logged) {
            activityLogged(logged.activity());
        } else {
            touchedDeal(event).ifPresent(this::dealTouched);
        }
    }

    /** Whether {@link #on} does anything with the event (so a caller need not wire the clocks for others). */
    public static boolean reactsTo(DomainEvent event) {
        return event instanceof LeadReceived || event instanceof ActivityLogged || touchedDeal(event).isPresent();
    }

    /** The deal an event opened, moved, closed, reopened or gave a next step, if it is such an event. */
    private static Optional<DealId> touchedDeal(DomainEvent event) {
        if (event instanceof DealEvents.DealOpened opened) {
            return Optional.of(opened.deal());
        } else if (event instanceof DealEvents.DealStageChanged moved) {
            return Optional.of(moved.deal());
        } else if (event instanceof DealEvents.DealWon won) {
            return Optional.of(won.deal());
        } else if (event instanceof DealEvents.DealLost lost) {
            return Optional.of(lost.deal());
        } else if (event instanceof DealEvents.DealReopened reopened) {
            return Optional.of(reopened.deal());
        } else if (event instanceof DealEvents.NextStepScheduled scheduled) {
            return Optional.of(scheduled.deal());
        }
        return Optional.empty();
    }

    /** Starts the clocks of a lead just received. */
    public List<SlaTimer> started(Lead lead) {
        return started(lead.ref(), lead.receivedAt());
    }

    /**
     * A clock whose every step is already past when the CRM learns of the lead (an inquiry of last spring, imported
     * today) is not started: its whole ladder would fire at once about a promise nobody had the chance to keep.
     */
    private List<SlaTimer> started(RecordRef lead, Instant receivedAt) {
        return recorder.inTransaction(acting -> {
            List<SlaTimer> planned = new SlaSchedule(ports.configuration().sla(acting.tenant()))
                    .forNewLead(acting.tenant(), lead, receivedAt);
            Set<SlaTimer.Clock> alive = planned.stream().filter(t -> t.dueAt().isAfter(acting.at()))
                    .map(SlaTimer::clock).collect(Collectors.toSet());
            List<SlaTimer> timers = planned.stream().filter(t -> alive.contains(t.clock())).toList();
            ports.timers().schedule(timers);
            return timers;
        });
    }

    /** An activity was logged: it may keep a promise (stop a clock) or start reminders (a quote went out). */
    public void activityLogged(Activity activity) {
        recorder.inTransaction(acting -> {
            for (RecordRef record : activity.about()) {
                if (record.type() == RecordType.LEAD) {
                    Optional<Lead> lead = ports.leads().find(acting.tenant(),
                            new LeadId(UUID.fromString(record.id())));
                    if (lead.isPresent() && lead.get().owner() != null
                            && SlaPolicy.stopsFirstResponse(activity, lead.get().owner())) {
                        ports.timers().cancel(acting.tenant(), record, SlaTimer.Clock.FIRST_RESPONSE, acting.at());
                    }
                    if (activity.type() == ActivityType.QUOTE_SENT) {
                        ports.timers().cancel(acting.tenant(), record, SlaTimer.Clock.INITIAL_PROPOSAL, acting.at());
                    }
                }
                if (record.type() == RecordType.DEAL) {
                    dealTouched(new DealId(UUID.fromString(record.id())));
                }
                if (record.type() == RecordType.DEAL && activity.type() == ActivityType.QUOTE_SENT
                        && activity.direction() == Direction.OUTBOUND) {
                    Deal deal = ports.deals().find(acting.tenant(), new DealId(UUID.fromString(record.id())))
                            .orElseThrow();
                    ports.timers().cancel(acting.tenant(), record, SlaTimer.Clock.QUOTE_FOLLOW_UP, acting.at());
                    ports.timers().schedule(new SlaSchedule(ports.configuration().sla(acting.tenant()))
                            .forQuote(acting.tenant(), record, activity.occurredAt(), customerZone(acting, deal)));
                }
            }
            return null;
        });
    }

    /**
     * A deal was opened, worked or moved: its rotting clock starts again from its last activity, for the rotting
     * days of the stage it is in; a closed deal's clock stops.
     */
    public void dealTouched(DealId id) {
        recorder.inTransaction(acting -> {
            Optional<Deal> found = ports.deals().find(acting.tenant(), id);
            if (found.isEmpty()) {
                return null;
            }
            Deal deal = found.get();
            RecordRef ref = new RecordRef(RecordType.DEAL, id.value().toString());
            ports.timers().cancel(acting.tenant(), ref, SlaTimer.Clock.ROTTING, acting.at());
            if (deal.isOpen()) {
                int rottingDays = ports.configuration().pipeline(acting.tenant()).stage(deal.stage())
                        .map(stage -> stage.rottingDays()).orElse(30);
                long earlier = ports.timers().of(acting.tenant(), ref).stream()
                        .filter(t -> t.clock() == SlaTimer.Clock.ROTTING).count();
                ports.timers().schedule(List.of(SlaTimer.schedule(acting.tenant(), ref, SlaTimer.Clock.ROTTING,
                        (int) earlier, deal.lastActivityAt().plus(Duration.ofDays(rottingDays)))));
            }
            return null;
        });
    }

    /** The lead's clocks as they stand now. */
    public List<SlaClock> clocksOf(Lead lead) {
        return recorder.inTransaction(acting -> {
            SlaSettings settings = ports.configuration().sla(acting.tenant());
            List<SlaTimer> timers = ports.timers().of(acting.tenant(), lead.ref());
            List<SlaClock> clocks = new ArrayList<>();
            for (SlaTimer.Clock clock : List.of(SlaTimer.Clock.FIRST_RESPONSE, SlaTimer.Clock.INITIAL_PROPOSAL)) {
                timers.stream().filter(t -> t.clock() == clock && t.step() == 0).findFirst().ifPresent(first ->
                        clocks.add(SlaClock.of(clock.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                                first.dueAt(), first.cancelledAt(), acting.at(), settings.hours())));
            }
            return clocks;
        });
    }

    /** Acts on a due timer once; a timer already fired or cancelled is left alone. */
    public Optional<Fired> fire(UUID timerId) {
        return recorder.inTransaction(acting -> {
            Optional<SlaTimer> locked = ports.timers().lock(acting.tenant(), timerId);
            if (locked.isEmpty() || !locked.get().isPending()) {
                return Optional.<Fired>empty();
            }
            SlaTimer timer = locked.get();
            if (timer.clock() == SlaTimer.Clock.QUOTE_APPROVAL || timer.clock() == SlaTimer.Clock.PAYMENT_OVERDUE) {
                return Optional.<Fired>empty(); // Quoting.escalate's and Ordering.chase's to fire
            }
            Fired fired = act(timer, acting);
            ports.timers().markFired(acting.tenant(), timer.id(), acting.at());
            return Optional.of(fired);
        });
    }

    private Fired act(SlaTimer timer, Acting acting) {
        SlaSettings settings = ports.configuration().sla(acting.tenant());
        if (timer.subject().type() == RecordType.LEAD) {
            Lead lead = ports.leads().find(acting.tenant(),
                    new LeadId(UUID.fromString(timer.subject().id()))).orElse(null);
            if (lead == null || lead.status() == LeadStatus.CONVERTED || lead.status() == LeadStatus.DISQUALIFIED) {
                return new Fired(timer, Optional.empty(), "no longer needed: the lead is closed");
            }
            String who = lead.contact().displayName();
            if (timer.clock() == SlaTimer.Clock.FIRST_RESPONSE) {
                EscalationStep step = settings.policy().ladder().get(Math.min(timer.step(),
                        settings.policy().ladder().size() - 1));
                Optional<UserId> recipient = recipient(step.recipient(), lead.owner(), settings, acting);
                long minutes = step.afterDue().toMinutes();
                String note = "SLA: first response to " + who + " overdue"
                        + (step.afterDue().isZero() ? "" : " by " + minutes + " business minutes")
                        + "; " + told(step, recipient);
                Map<String, String> noteValues = new HashMap<>(Map.of("who", who));
                if (!step.afterDue().isZero()) {
                    noteValues.put("minutes", String.valueOf(minutes));
                }
                return remind(timer, acting, recipient,
                        "Answer " + who + ": first response overdue", new Wording("answer-lead", Map.of("who", who)),
                        note, told(step.afterDue().isZero() ? "sla-first-response-overdue"
                                : "sla-first-response-escalated", noteValues, step, recipient));
            }
            Optional<UserId> owner = recipient(EscalationStep.Recipient.OWNER, lead.owner(), settings, acting);
            EscalationStep toOwner = new EscalationStep(EscalationStep.Recipient.OWNER, Duration.ZERO);
            return remind(timer, acting, owner,
                    "Send " + who + " a proposal: it is due", new Wording("send-proposal", Map.of("who", who)),
                    "SLA: initial proposal to " + who + " due now; " + told(toOwner, owner),
                    told("sla-proposal-due", Map.of("who", who), toOwner, owner));
        }
        Deal deal = ports.deals().find(acting.tenant(), new DealId(UUID.fromString(timer.subject().id())))
                .orElse(null);
        if (deal == null || !deal.isOpen()) {
            return new Fired(timer, Optional.empty(), "no longer needed: the deal is closed");
        }
        Optional<UserId> owner = Optional.of(deal.owner());
        EscalationStep toOwner = new EscalationStep(EscalationStep.Recipient.OWNER, Duration.ZERO);
        if (timer.clock() == SlaTimer.Clock.ROTTING) {
            int rottingDays = ports.configuration().pipeline(acting.tenant()).stage(deal.stage())
                    .map(stage -> stage.rottingDays()).orElse(30);
            if (deal.lastActivityAt().plus(Duration.ofDays(rottingDays)).isAfter(acting.at())) {
                return new Fired(timer, Optional.empty(), "no longer needed: the deal was worked since");
            }
            long quietDays = Duration.between(deal.lastActivityAt(), acting.at()).toDays();
            Map<String, String> values = Map.of("deal", deal.title(), "days", String.valueOf(quietDays));
            return remind(timer, acting, owner,
                    "No news on " + deal.title() + " for " + quietDays + " days: close it as lost, with a reason?",
                    new Wording("deal-rotting", values),
                    "Rotting: no activity on this deal for " + quietDays + " days, past its stage's limit; "
                            + told(toOwner, owner),
                    told("sla-rotting", values, toOwner, owner));
        }
        String reminder = String.valueOf(timer.step() + 1);
        return remind(timer, acting, owner,
                "Follow up on the quote for " + deal.title(),
                new Wording("quote-follow-up", Map.of("deal", deal.title())),
                "Reminder " + reminder + " after the quote: follow up with the buyer; " + told(toOwner, owner),
                told("sla-quote-follow-up", Map.of("reminder", reminder), toOwner, owner));
    }

    private Fired remind(SlaTimer timer, Acting acting, Optional<UserId> recipient, String task, Wording taskWording,
                         String note, Wording noteWording) {
        recipient.ifPresent(user -> ports.tasks().add(Task.create(acting, timer.subject(), task, acting.at(), user)
                .saying(taskWording)));
        ports.activities().add(Activity.log(acting, ActivityType.NOTE, Direction.INTERNAL, List.of(timer.subject()),
                acting.at(), note).saying(noteWording));
        return new Fired(timer, recipient, note);
    }

    private Optional<UserId> recipient(EscalationStep.Recipient rung, UserId owner, SlaSettings settings,
                                       Acting acting) {
        Optional<UserId> manager = owner == null ? Optional.empty()
                : ports.teams().managerOf(acting.tenant(), owner);
        return switch (rung) {
            case OWNER -> owner != null ? Optional.of(owner) : manager.or(settings::fallback);
            case MANAGER -> manager.or(settings::fallback);
            case FALLBACK -> settings.fallback().or(() -> manager);
        };
    }

    /**
     * A note's wording with who was told: {@code told} is the rung (owner, manager, fallback) or "nobody", and
     * {@code recipient} the person, when there was one.
     */
    private static Wording told(String code, Map<String, String> values, EscalationStep step,
                                Optional<UserId> recipient) {
        Map<String, String> said = new HashMap<>(values);
        said.put("told", recipient.isPresent() ? step.recipient().name().toLowerCase(Locale.ROOT) : "nobody");
        recipient.ifPresent(user -> said.put("recipient", user.value()));
        return new Wording(code, said);
    }

    private static String told(EscalationStep step, Optional<UserId> recipient) {
        return recipient.map(user -> "told " + user + " (" + step.recipient().name().toLowerCase(
                Locale.ROOT) + ")").orElse("nobody to tell: no owner, manager or fallback");
    }

    private ZoneId customerZone(Acting acting, Deal deal) {
        return ports.accounts().find(acting.tenant(), deal.account()).map(a -> a.timeZone())
                .filter(Objects::nonNull).orElse(ZoneOffset.UTC);
    }
}
