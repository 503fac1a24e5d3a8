package io.tenantcrm.core.access;

import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.CrmRole;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordScopeTest {

    static final UserId MARA = UserId.of("mara");
    static final UserId RITA = UserId.of("rita");
    static final UserId RAJ = UserId.of("raj");
    static final SalesTeam MARAS_TEAM = new SalesTeam(MARA, Set.of(RITA));

    @Test
    void a_rep_works_their_own_records_and_the_unassigned_queue() {
        RecordScope rita = RecordScope.of(RITA, Set.of(CrmRole.SALES_REP), () -> {
            throw new AssertionError("a rep's team is never read");
        });

        assertThat(rita.covers(RITA)).isTrue();
        assertThat(rita.covers(Optional.empty())).isTrue();
        assertThat(rita.covers(RAJ)).isFalse();
        assertThat(rita.covers(MARA)).isFalse();
        assertThat(rita.wholeTenant()).isFalse();
    }

    @Test
    void a_manager_sees_their_team_and_not_the_rest_of_the_tenant() {
        RecordScope mara = RecordScope.of(MARA, Set.of(CrmRole.SALES_MANAGER), () -> MARAS_TEAM);

        assertThat(mara.covers(MARA)).isTrue();
        assertThat(mara.covers(RITA)).isTrue();
        assertThat(mara.covers(RAJ)).isFalse();
        assertThat(mara.owners()).containsExactlyInAnyOrder(MARA, RITA);
    }

    @Test
    void a_manager_without_a_team_sees_their_own_records_only() {
        RecordScope mara = RecordScope.of(MARA, Set.of(CrmRole.SALES_MANAGER, CrmRole.SALES_REP),
                () -> SalesTeam.empty(MARA));

        assertThat(mara.covers(MARA)).isTrue();
        assertThat(mara.covers(RITA)).isFalse();
    }

    @Test
    void a_tenant_admin_sees_the_whole_tenant() {
        RecordScope admin = RecordScope.of(UserId.of("ada"), Set.of(CrmRole.TENANT_ADMIN), () -> {
            throw new AssertionError("an admin's team is never read");
        });

        assertThat(admin.wholeTenant()).isTrue();
        assertThat(admin.covers(RAJ)).isTrue();
    }

    @Test
    void a_manager_is_not_a_member_of_their_own_team() {
        assertThatThrownBy(() -> new SalesTeam(MARA, Set.of(MARA, RITA)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
