package io.tenantcrm.persistence.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;

/** Row of {@code assignment_policy}: one tenant's policy as a JSON document. */
@Entity
@Table(name = "assignment_policy")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class AssignmentPolicyEntity {

    /** The one policy a tenant has today. */
    static final String DEFAULT = "default";

    @Id
    private String name;
    private String document;
    @Version
    private long version;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected AssignmentPolicyEntity() {
        // for JPA
    }

    AssignmentPolicyEntity(String name, String document, Instant updatedAt) {
        this.name = name;
        this.document = document;
        this.updatedAt = updatedAt;
    }

    String document() {
        return document;
    }

    void replace(String newDocument, Instant at) {
        this.document = newDocument;
        this.updatedAt = at;
    }
}
