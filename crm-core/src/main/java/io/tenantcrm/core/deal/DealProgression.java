package io.tenantcrm.core.deal;

import io.tenantcrm.core.activity.TaskRepository;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Use case: sellers work their deals through the tenant's pipeline: open, move, schedule the next step, win, lose,
 * reopen, hand over, edit. Each call is one transaction: the deal, the tasks its stage creates, the audit entries
 * and the events are kept together, or a {@link io.tenantcrm.core.shared.RuleViolationException} says why not.
 */
public final class DealProgression {

    private final DealRepository deals;
    private final StageHistory history;
    private final TaskRepository tasks;
    private final TenantConfiguration configuration;
    private final Recorder recorder;

    public DealProgression(DealRepository deals, StageHistory history, TaskRepository tasks,
                           TenantConfiguration configuration, Recorder recorder) {
        this.deals = Objects.requireNonNull(deals, "deals");
        this.history = Objects.requireNonNull(history, "history");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    public DealChange open(NewDeal draft) {
        return recorder.inTransaction(acting -> {
            DealChange change = Deal.open(draft, configuration.pipeline(acting.tenant()), acting);
            return keep(change, deals.add(change.deal()));
        });
    }

    public DealChange moveTo(DealId id, StageId stage, NextStep nextStep) {
        return change(id, (deal, acting) -> deal.moveTo(stage, nextStep, pipeline(acting), acting));
    }

    public DealChange scheduleNextStep(DealId id, NextStep nextStep) {
        return change(id, (deal, acting) -> deal.scheduleNextStep(nextStep, pipeline(acting), acting));
    }

    public DealChange win(DealId id) {
        return change(id, (deal, acting) -> deal.win(pipeline(acting), acting));
    }

    public DealChange lose(DealId id, LossReason reason) {
        return change(id, (deal, acting) -> deal.lose(reason, pipeline(acting), acting));
    }

    public DealChange reopen(DealId id, StageId stage, NextStep nextStep, String reason) {
        return change(id, (deal, acting) -> deal.reopen(stage, nextStep, reason, pipeline(acting), acting));
    }

    public DealChange reassign(DealId id, UserId newOwner, String reason) {
        return change(id, (deal, acting) -> deal.reassign(newOwner, reason, acting));
    }

    public DealChange edit(DealId id, DealEdit edit) {
        return change(id, (deal, acting) -> deal.edit(edit, acting));
    }

    private DealChange change(DealId id, BiFunction<Deal, Acting, DealChange> operation) {
        return recorder.inTransaction(acting -> {
            Deal deal = deals.find(acting.tenant(), id).orElseThrow(() -> new NotFoundException("deal", id));
            DealChange change = operation.apply(deal, acting);
            return keep(change, deals.update(change.deal()));
        });
    }

    private DealChange keep(DealChange change, Deal saved) {
        change.tasks().forEach(tasks::add);
        history.append(StageTransition.from(change.events()));
        recorder.keep(change.audit(), change.events());
        return new DealChange(saved, change.events(), change.audit(), change.tasks(), change.suggestedFieldsMissing());
    }

    private Pipeline pipeline(Acting acting) {
        return configuration.pipeline(acting.tenant());
    }
}
