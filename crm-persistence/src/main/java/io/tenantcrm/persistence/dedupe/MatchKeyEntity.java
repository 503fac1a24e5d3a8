package io.tenantcrm.persistence.dedupe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.util.UUID;

/**
 * Row of {@code match_key} for a record just created: persisted through the ORM, so the keys go to the database in
 * the same JDBC batch as the record itself (a native statement would force a flush per record and undo the
 * batching bulk writes rely on). Changed keys of existing records, reads and deletes are SQL
 * ({@link MatchKeyRows}, {@link JpaDuplicateIndex}).
 */
@Entity
@Table(name = "match_key")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class MatchKeyEntity {

    @Id
    private String kind;
    @Id
    private String value;
    @Id
    @Column(name = "record_type")
    private String recordType;
    @Id
    @Column(name = "record_id")
    private UUID recordId;

    protected MatchKeyEntity() {
        // for JPA
    }

    MatchKeyEntity(String kind, String value, String recordType, UUID recordId) {
        this.kind = kind;
        this.value = value;
        this.recordType = recordType;
        this.recordId = recordId;
    }
}
