package io.tenantcrm.core.activity;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.pipeline.TaskTemplate;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityAndTaskTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Acting RITA = new Acting(TenantId.of("acme"), UserId.of("rita"), NOW);
    static final RecordRef DEAL = new RecordRef(RecordType.DEAL, "d-1");

    @Test
    void an_activity_can_be_logged_after_the_fact_but_not_ahead_of_time() {
        Activity call = Activity.log(RITA, ActivityType.CALL, Direction.OUTBOUND, List.of(DEAL),
                NOW.minus(Duration.ofHours(2)), "Discussed DN100 pricing");
        assertThat(call.occurredAt()).isEqualTo(NOW.minus(Duration.ofHours(2)));
        assertThat(call.loggedBy()).isEqualTo(UserId.of("rita"));

        assertThatThrownBy(() -> Activity.log(RITA, ActivityType.CALL, Direction.OUTBOUND, List.of(DEAL),
                NOW.plusSeconds(1), "x")).hasMessage("occurredAt: an activity cannot have happened in the future");
        assertThatThrownBy(() -> Activity.log(RITA, ActivityType.NOTE, Direction.INTERNAL, List.of(), NOW, "x"))
                .hasMessage("about: an activity must be about a lead, account, contact or deal");
    }

    @Test
    void a_note_is_recorded_but_does_not_touch_the_customer() {
        assertThat(ActivityType.NOTE.touchesCustomer()).isFalse();
        assertThat(ActivityType.QUOTE_SENT.touchesCustomer()).isTrue();
    }

    @Test
    void correcting_history_needs_a_reason_and_is_audited() {
        Activity call = Activity.log(RITA, ActivityType.CALL, Direction.OUTBOUND, List.of(DEAL), NOW, "Price 12 USD");

        assertThatThrownBy(() -> call.correctSummary("Price 21 USD", "", RITA)).hasMessage("reason: a reason is required");
        Activity.Corrected corrected = call.correctSummary("Price 21 USD", "digits swapped", RITA);
        assertThat(corrected.activity().summary()).isEqualTo("Price 21 USD");
        assertThat(corrected.audit().oldValue()).isEqualTo("Price 12 USD");
        assertThat(corrected.audit().reason()).isEqualTo("digits swapped");
    }

    @Test
    void a_task_from_a_template_is_due_relative_to_stage_entry_and_is_done_once() {
        Task task = Task.fromTemplate(new TaskTemplate("Follow up", Duration.ofDays(3)), RITA, DEAL, UserId.of("mike"));

        assertThat(task.due()).isEqualTo(NOW.plus(Duration.ofDays(3)));
        assertThat(task.owner()).isEqualTo(UserId.of("mike"));
        assertThat(task.isOverdue(NOW.plus(Duration.ofDays(4)))).isTrue();

        Task done = task.complete(RITA);
        assertThat(done.doneTime()).contains(NOW);
        assertThat(done.isOverdue(NOW.plus(Duration.ofDays(4)))).isFalse();
        assertThatThrownBy(() -> done.complete(RITA)).hasMessage("status: the task is already done");
    }

    @Test
    void an_open_task_is_handed_over_with_a_reason_and_a_done_one_stays() {
        Task task = Task.create(RITA, DEAL, "Send the quote", NOW.plus(Duration.ofDays(1)), UserId.of("rita"));

        var handed = task.reassign(UserId.of("mike"), "Rita leaves", RITA);

        assertThat(handed.record().owner()).isEqualTo(UserId.of("mike"));
        assertThat(handed.audit()).singleElement().satisfies(entry -> {
            assertThat(entry.field()).isEqualTo("owner");
            assertThat(entry.reason()).isEqualTo("Rita leaves");
        });
        assertThatThrownBy(() -> task.reassign(UserId.of("mike"), " ", RITA)).hasMessageStartingWith("reason");
        assertThatThrownBy(() -> task.complete(RITA).reassign(UserId.of("mike"), "Rita leaves", RITA))
                .hasMessage("status: a done task stays with who did it");
    }
}
