package io.tenantcrm.persistence.activity;

import com.fasterxml.jackson.core.type.TypeReference;
import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityId;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.AttachedDocument;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Wording;
import io.tenantcrm.persistence.mapping.WordingColumn;
import io.tenantcrm.persistence.mapping.JsonText;
import io.tenantcrm.persistence.tenancy.VersionedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Row of {@code activity}; what it is about lives in {@link ActivityLinkEntity} rows. */
@Entity
@Table(name = "activity")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class ActivityEntity implements VersionedRow<Activity> {

    @Id
    private UUID id;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    private ActivityType type;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "logged_by")
    private String loggedBy;
    private String summary;
    /** JSON array of {@link DocumentRow}, null without documents. */
    private String documents;

    /** The CRM's own wording ({@link WordingColumn}), null for what people wrote. */
    private String wording;

    /** How an attached document is stored: plain strings, never the domain type itself. */
    record DocumentRow(String fileName, String mediaType, String type, String id, int version) {
    }

    protected ActivityEntity() {
        // for JPA
    }

    public static ActivityEntity from(Activity activity) {
        ActivityEntity row = new ActivityEntity();
        row.id = activity.id().value();
        row.copy(activity);
        return row;
    }

    @Override
    public void copy(Activity activity) {
        type = activity.type();
        direction = activity.direction();
        occurredAt = activity.occurredAt();
        loggedBy = activity.loggedBy().value();
        summary = activity.summary();
        documents = activity.documents().isEmpty() ? null : JsonText.write(activity.documents().stream()
                .map(d -> new DocumentRow(d.fileName(), d.mediaType(), d.document().type().name(), d.document().id(),
                        d.version())).toList());
        wording = WordingColumn.write(activity.wording());
    }

    public Activity toDomain(TenantId tenant, List<RecordRef> about) {
        List<AttachedDocument> attached = documents == null ? List.of()
                : JsonText.read(documents, new TypeReference<List<DocumentRow>>() { }, "an activity's documents")
                .stream().map(d -> new AttachedDocument(d.fileName(), d.mediaType(),
                        new RecordRef(RecordType.valueOf(d.type()), d.id()), d.version())).toList();
        Wording said = WordingColumn.read(wording, "an activity's wording");
        return new Activity(tenant, new ActivityId(id), version, type, direction, about, occurredAt,
                UserId.of(loggedBy), summary, attached, said);
    }

    public UUID id() {
        return id;
    }

    public java.time.Instant occurredAt() {
        return occurredAt;
    }

    @Override
    public long version() {
        return version;
    }
}
