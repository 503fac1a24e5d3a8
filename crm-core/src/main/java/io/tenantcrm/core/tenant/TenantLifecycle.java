package io.tenantcrm.core.tenant;

import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UnitOfWork;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * Use case: a tenant's life after signup, for the platform operator and the tenant's admins: suspend and resume
 * (a suspended tenant keeps its data, its people cannot work), export everything, delete everything.
 *
 * <p>Delete goes identities first (nobody can sign in any more), rows second, and checks that nothing is left.
 * Each step is idempotent, so a delete that failed halfway is finished by running it again.
 */
public final class TenantLifecycle {

    private final TenantRepository tenants;
    private final IdentityDirectory directory;
    private final TenantData data;
    private final UnitOfWork registry;

    public TenantLifecycle(TenantRepository tenants, IdentityDirectory directory, TenantData data,
                           UnitOfWork registry) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.data = Objects.requireNonNull(data, "data");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** What a delete did: how many people it removed and whether the database holds nothing of the tenant. */
    public record Deletion(Tenant tenant, int peopleRemoved, boolean verifiedEmpty) {
    }

    public List<Tenant> tenants() {
        return registry.inTransaction(tenants::all);
    }

    public Tenant tenant(TenantId id) {
        return registry.inTransaction(() -> tenants.find(id)).orElseThrow(() -> new NotFoundException("tenant", id));
    }

    public Tenant bySlug(String slug) {
        return registry.inTransaction(() -> tenants.findBySlug(slug))
                .orElseThrow(() -> new NotFoundException("tenant", slug));
    }

    public Tenant suspend(TenantId id) {
        return changeStatus(id, TenantStatus.SUSPENDED);
    }

    public Tenant resume(TenantId id) {
        return changeStatus(id, TenantStatus.ACTIVE);
    }

    public void export(TenantId id, OutputStream out) throws IOException {
        tenant(id);
        data.export(id, directory.members(id), out);
    }

    /** Restores an exported tenant's rows (not its people: they live in the directory). */
    public Tenant restore(InputStream archive) throws IOException {
        return data.restore(archive);
    }

    /**
     * Deletes the tenant: its people and organization in the directory, then all its rows. {@code confirmation}
     * must repeat the tenant's slug, so a tenant is never deleted by a slip.
     */
    public Deletion delete(TenantId id, String confirmation) {
        Tenant tenant = tenant(id);
        if (!tenant.slug().equals(confirmation)) {
            throw new RuleViolationException("confirm", "type the tenant's slug '" + tenant.slug()
                    + "' to confirm: this deletes all its data and people for good");
        }
        List<IdentityDirectory.Person> people = directory.members(id);
        people.forEach(person -> directory.deleteUser(person.id()));
        directory.deleteOrganization(id);
        data.erase(id);
        return new Deletion(tenant, people.size(), data.rowCount(id) == 0);
    }

    private Tenant changeStatus(TenantId id, TenantStatus status) {
        return registry.inTransaction(() -> {
            tenants.changeStatus(id, status);
            return tenants.find(id).orElseThrow(() -> new NotFoundException("tenant", id));
        });
    }
}
