package io.tenantcrm.persistence.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;

/** Row of {@code tenant_setting}: one setting of one tenant. */
@Entity
@Table(name = "tenant_setting")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class TenantSettingEntity {

    @Id
    @Column(name = "key")
    private String key;
    private String value;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected TenantSettingEntity() {
        // for JPA
    }

    public TenantSettingEntity(String key, String value, Instant updatedAt) {
        this.key = key;
        this.value = value;
        this.updatedAt = updatedAt;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public void change(String newValue, Instant at) {
        this.value = newValue;
        this.updatedAt = at;
    }
}
