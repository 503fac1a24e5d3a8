package io.tenantcrm.launcher;

import io.tenantcrm.core.pipeline.PipelineId;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.IdentityDirectory;
import io.tenantcrm.core.tenant.TenantSignup;
import io.tenantcrm.tenantadmin.keycloak.KeycloakIdentityDirectory;
import io.tenantcrm.tenantadmin.platform.PlatformSignup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing up against a real Keycloak and a real PostgreSQL: a working tenant, or nothing at all. */
class SignupIT {

    static LocalStack stack;
    static KeycloakIdentityDirectory directory;

    @BeforeAll
    static void start() {
        stack = TestStack.shared();
        directory = new KeycloakIdentityDirectory(stack.keycloakAdmin(), stack.realm());
    }

    static TenantSignup.Request request(String slug, String email) {
        return new TenantSignup.Request(slug, "Initech Export", email, "Ina", "Tech", "initial-secret-1");
    }

    @Test
    void signup_makes_a_tenant_whose_admin_signs_in_with_the_tenant_in_the_token() throws Exception {
        TenantSignup.SignedUp signedUp = PlatformSignup.wire(stack.units(), directory, Clock.systemUTC())
                .signUp(request("initech", "ina@initech.test"));

        String token = stack.accessToken("ina@initech.test", "initial-secret-1");
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims).contains(signedUp.tenant().id().value()).contains("tenant-admin");
        assertThat(tenantRows("initech")).isEqualTo(1);
        assertThat(pipelineRows(signedUp.tenant().id())).isEqualTo(1);

        TenantSignup.SignedUp again = PlatformSignup.wire(stack.units(), directory, Clock.systemUTC())
                .signUp(request("initech", "ina@initech.test"));
        assertThat(again.alreadyExisted()).isTrue();
        assertThat(again.tenant().id()).isEqualTo(signedUp.tenant().id());

        assertThatThrownBy(() -> PlatformSignup.wire(stack.units(), directory, Clock.systemUTC())
                .signUp(request("initech", "someone@else.test")))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("slug: 'initech' is taken");
        assertThatThrownBy(() -> PlatformSignup.wire(stack.units(), directory, Clock.systemUTC())
                .signUp(request("initrode", "ina@initech.test")))
                .hasMessageStartingWith("adminEmail: this email already belongs to a user");
    }

    @Test
    void a_step_failing_midway_leaves_nothing_on_either_side() throws Exception {
        IdentityDirectory failingAtMember = new IdentityDirectory() {
            public TenantId createOrganization(String slug, String name) {
                return directory.createOrganization(slug, name);
            }

            public void deleteOrganization(TenantId tenant) {
                directory.deleteOrganization(tenant);
            }

            public Optional<UserId> findUser(io.tenantcrm.core.shared.EmailAddress email) {
                return directory.findUser(email);
            }

            public UserId addMember(TenantId tenant, Member member) {
                throw new IllegalStateException("Keycloak went away");
            }

            public void deleteUser(UserId user) {
                directory.deleteUser(user);
            }

            public List<Person> members(TenantId tenant) {
                return directory.members(tenant);
            }

            public Optional<Person> member(TenantId tenant, UserId user) {
                return directory.member(tenant, user);
            }

            public void setRoles(TenantId tenant, UserId user, java.util.Set<io.tenantcrm.core.tenant.CrmRole> roles) {
                directory.setRoles(tenant, user, roles);
            }

            public void setEnabled(TenantId tenant, UserId user, boolean enabled) {
                directory.setEnabled(tenant, user, enabled);
            }

            @Override
            public void requirePasswordChange(TenantId tenant, UserId user) {
                directory.requirePasswordChange(tenant, user);
            }
        };

        assertThatThrownBy(() -> PlatformSignup.wire(stack.units(), failingAtMember, Clock.systemUTC())
                .signUp(request("halfway", "hal@halfway.test"))).hasMessage("Keycloak went away");

        assertThat(tenantRows("halfway")).isZero();
        assertThat(stack.keycloakAdmin().realm(stack.realm().realm()).organizations().search("halfway", false, 0, 10))
                .isEmpty();
        assertThat(directory.findUser(io.tenantcrm.core.shared.EmailAddress.of("hal@halfway.test"))).isEmpty();
        // and a retry once the directory is back works from scratch
        assertThat(PlatformSignup.wire(stack.units(), directory, Clock.systemUTC())
                .signUp(request("halfway", "hal@halfway.test")).alreadyExisted()).isFalse();
    }

    @Test
    void bad_signups_name_every_field() {
        assertThatThrownBy(() -> PlatformSignup.wire(stack.units(), directory, Clock.systemUTC())
                .signUp(new TenantSignup.Request("Not A Slug", " ", "nope", null, "", null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field())
                        .containsExactly("slug", "companyName", "adminFirstName", "adminLastName", "adminEmail"));
    }

    private static long tenantRows(String slug) throws Exception {
        try (Connection owner = stack.ownerDataSource().getConnection();
             PreparedStatement query = owner.prepareStatement("select count(*) from tenant where slug = ?")) {
            query.setString(1, slug);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long pipelineRows(TenantId tenant) throws Exception {
        try (Connection app = stack.appDataSource().getConnection()) {
            app.setAutoCommit(false);
            try (PreparedStatement set = app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant.value());
                set.execute();
            }
            try (PreparedStatement query = app.prepareStatement("select count(*) from pipeline where id = ?")) {
                query.setString(1, PipelineId.of("default").value());
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            } finally {
                app.rollback();
            }
        }
    }
}
