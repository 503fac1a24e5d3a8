package io.tenantcrm.core.tenant;

import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.PipelineRepository;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Use case: a company signs up and gets a working tenant, in one saga over two systems that share no transaction:
 * the identity directory's organization and first admin, then the tenant row and its default pipeline in the
 * database. If a step fails, the steps already done are undone in reverse order, so no half tenant is left on
 * either side. Signing up again with the same slug and admin email after success answers the same tenant.
 */
public final class TenantSignup {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    private final IdentityDirectory directory;
    private final TenantRepository tenants;
    private final PipelineRepository pipelines;
    private final UnitOfWork registry;
    private final ScopedWork tenantScope;
    private final Clock clock;

    /** Runs work as the new tenant (its rows need the tenant set for both walls). */
    @FunctionalInterface
    public interface ScopedWork {
        void inTenant(TenantId tenant, Runnable work);
    }

    public TenantSignup(IdentityDirectory directory, TenantRepository tenants, PipelineRepository pipelines,
                        UnitOfWork registry, ScopedWork tenantScope, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.pipelines = Objects.requireNonNull(pipelines, "pipelines");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.tenantScope = Objects.requireNonNull(tenantScope, "tenantScope");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a company gives to sign up. */
    public record Request(String slug, String companyName, String adminEmail, String adminFirstName,
                          String adminLastName, String initialPassword) {
    }

    /** The new tenant and its first admin. */
    public record SignedUp(Tenant tenant, UserId admin, boolean alreadyExisted) {
    }

    public SignedUp signUp(Request request) {
        EmailAddress adminEmail = validate(request);
        var existing = registry.inTransaction(() -> tenants.findBySlug(request.slug()));
        if (existing.isPresent()) {
            var admin = directory.findUser(adminEmail);
            if (admin.isPresent()) {
                return new SignedUp(existing.get(), admin.get(), true); // a retry of a signup that succeeded
            }
            throw new RuleViolationException("slug", "'" + request.slug() + "' is taken; choose another");
        }
        if (directory.findUser(adminEmail).isPresent()) {
            throw new RuleViolationException("adminEmail", "this email already belongs to a user of the platform");
        }
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            TenantId tenantId = directory.createOrganization(request.slug(), request.companyName());
            undo.push(() -> directory.deleteOrganization(tenantId));
            UserId admin = directory.addMember(tenantId, new IdentityDirectory.Member(adminEmail,
                    request.adminFirstName(), request.adminLastName(), Set.of(CrmRole.TENANT_ADMIN),
                    request.initialPassword()));
            undo.push(() -> directory.deleteUser(admin));
            Tenant tenant = new Tenant(tenantId, request.slug(), request.companyName(), TenantStatus.ACTIVE,
                    clock.instant());
            registry.inTransaction(() -> {
                tenants.add(tenant);
                return null;
            });
            undo.push(() -> registry.inTransaction(() -> {
                tenants.remove(tenantId);
                return null;
            }));
            tenantScope.inTenant(tenantId, () -> pipelines.save(tenantId, Pipeline.defaultB2bExport()));
            return new SignedUp(tenant, admin, false);
        } catch (RuntimeException failure) {
            while (!undo.isEmpty()) {
                try {
                    undo.pop().run();
                } catch (RuntimeException undoFailure) {
                    failure.addSuppressed(undoFailure);
                }
            }
            throw failure;
        }
    }

    private static EmailAddress validate(Request request) {
        List<Violation> violations = new ArrayList<>();
        if (request.slug() == null || !SLUG.matcher(request.slug()).matches()) {
            violations.add(new Violation("slug", "1-40 lower-case letters, digits or inner hyphens"));
        }
        if (request.companyName() == null || request.companyName().isBlank()) {
            violations.add(new Violation("companyName", "name the company"));
        }
        if (request.adminFirstName() == null || request.adminFirstName().isBlank()) {
            violations.add(new Violation("adminFirstName", "is required"));
        }
        if (request.adminLastName() == null || request.adminLastName().isBlank()) {
            violations.add(new Violation("adminLastName", "is required"));
        }
        EmailAddress email = null;
        try {
            email = EmailAddress.of(request.adminEmail());
        } catch (InvalidValueException e) {
            violations.add(new Violation("adminEmail", e.reason()));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return email;
    }
}
