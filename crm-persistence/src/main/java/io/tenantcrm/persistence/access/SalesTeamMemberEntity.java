package io.tenantcrm.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;

/** Row of {@code sales_team_member}: one person in one manager's team. */
@Entity
@Table(name = "sales_team_member")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class SalesTeamMemberEntity {

    @Id
    @Column(name = "member_id")
    private String memberId;
    @Column(name = "manager_id")
    private String managerId;
    @Column(name = "added_at")
    private Instant addedAt;

    protected SalesTeamMemberEntity() {
        // for JPA
    }

    SalesTeamMemberEntity(String memberId, String managerId, Instant addedAt) {
        this.memberId = memberId;
        this.managerId = managerId;
        this.addedAt = addedAt;
    }

    String memberId() {
        return memberId;
    }

    String managerId() {
        return managerId;
    }
}
