package io.tenantcrm.service;

import io.tenantcrm.devstack.WorkFolder;
import io.tenantcrm.launcher.LocalStack;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.launcher.DemoUser;
import io.tenantcrm.launcher.SeededTenant;
import io.tenantcrm.tenantadmin.keycloak.KeycloakOrganizations;
import io.tenantcrm.tenantadmin.keycloak.NewMember;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The real back ends for the service's end-to-end tests, started once per test JVM: PostgreSQL and Keycloak on
 * free loopback ports, two tenants seeded. {@link #deployment()} is the WAR that Maven built, configured to points it at these back ends.
 */
public final class ServiceUnderTest {

    private static ServiceUnderTest shared;

    private final LocalStack stack;
    private final SeededTenant acme;
    private final SeededTenant globex;

    private ServiceUnderTest(LocalStack stack, SeededTenant acme, SeededTenant globex) {
        this.stack = stack;
        this.acme = acme;
        this.globex = globex;
    }

    public static synchronized ServiceUnderTest shared() {
        if (shared == null) {
            try {
                Path scratch = Files.createTempDirectory("crm-service-it-");
                LocalStack stack = LocalStack.start(LocalStack.Settings.ephemeral(WorkFolder.resolve(), scratch),
                        List.of("http://127.0.0.1/*"));
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
                SeededTenant acme = stack.seedTenant("acme", "Acme Export Ltd", role -> "acme-" + role.roleName());
                SeededTenant globex = stack.seedTenant("globex", "Globex Trading", role -> "globex-" + role.roleName());
                shared = new ServiceUnderTest(stack, acme, globex);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /**
     * The WAR exactly as Maven built it. Its configuration goes to Payara Micro as system properties, through the
     * file that arquillian.xml hands to {@code --systemproperties}: written here, read when Payara starts, which
     * the connector does right after asking for this archive.
     */
    /** Enough for the signup tests that do not mean to be throttled, from 127.0.0.1. */
    static final int SIGNUP_ATTEMPTS_PER_HOUR = 12;
    /** Low, so a test reaches an intake key's hourly allowance with a few posts. */
    static final int INTAKE_POSTS_PER_HOUR = 20;

    public WebArchive deployment() {
        String war = System.getProperty("crm.service.war");
        if (war == null || !new File(war).isFile()) {
            throw new IllegalStateException("crm.service.war must name the packaged WAR (run through Maven verify)");
        }
        Map<String, String> config = new java.util.LinkedHashMap<>(stack.serviceConfig());
        // the tests' client is the trusted proxy, so a test can speak for other client addresses
        config.put("crm.trusted-proxies", "127.0.0.1");
        config.put("crm.signup.attempts-per-hour", String.valueOf(SIGNUP_ATTEMPTS_PER_HOUR));
        // one machine, one clock: no leeway for expired tokens, so SecurityIT need not wait a minute
        config.put("mp.jwt.verify.clock.skew", "0");
        // SLA clocks of seconds in SlaApiIT: the scheduler looks every second
        config.put("crm.sla.scheduler.interval", "PT1S");
        config.put("crm.intake.posts-per-hour", String.valueOf(INTAKE_POSTS_PER_HOUR));
        // webhook retries of a second, so WebhooksApiIT sees a third try within seconds
        config.put("crm.webhooks.sender.interval", "PT1S");
        config.put("crm.webhooks.first-pause", "PT1S");
        // mailboxes synced in the background every few seconds, so MailboxesApiIT sees the syncer at work
        config.put("crm.mail.syncer.interval", "PT1S");
        config.put("crm.mail.sync.every", "PT2S");
        writeSystemProperties(Path.of(System.getProperty("crm.service.systemproperties")), config);
        // named ROOT.war so Payara serves it at "/", as in production: API, health and metrics on one base URL
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(new File(war)).as(WebArchive.class);
    }

    private static void writeSystemProperties(Path file, Map<String, String> config) {
        Properties properties = new Properties();
        properties.putAll(config);
        try (Writer out = Files.newBufferedWriter(file)) {
            properties.store(out, "back ends of the service under test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LocalStack stack() {
        return stack;
    }

    public SeededTenant acme() {
        return acme;
    }

    public SeededTenant globex() {
        return globex;
    }

    private SeededTenant umbrella;

    /** A third tenant, for tests that suspend it. */
    public synchronized SeededTenant umbrella() {
        if (umbrella == null) {
            umbrella = stack.seedTenant("umbrella", "Umbrella Trading", role -> "umbrella-" + role.roleName());
        }
        return umbrella;
    }

    /** Changes a tenant's status in the registry directly, as an operator's tool would. */
    public void setTenantStatus(io.tenantcrm.core.shared.TenantId tenant, String status) {
        try (java.sql.Connection owner = stack.ownerDataSource().getConnection();
             java.sql.PreparedStatement update = owner.prepareStatement("update tenant set status = ? where id = ?")) {
            update.setString(1, status);
            update.setString(2, tenant.value());
            update.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a tenant's own setting straight into its table, as another instance of the service would: this one
     * hears of it only through PostgreSQL's change notice.
     */
    public void writeTenantSetting(io.tenantcrm.core.shared.TenantId tenant, String key, String value) {
        try (java.sql.Connection owner = stack.ownerDataSource().getConnection()) {
            owner.setAutoCommit(false);
            try (java.sql.PreparedStatement scope = owner.prepareStatement(
                    "select set_config('app.tenant_id', ?, true)");
                 java.sql.PreparedStatement upsert = owner.prepareStatement("insert into tenant_setting"
                         + " (tenant_id, key, value, updated_at) values (?, ?, ?, now()) on conflict (tenant_id, key)"
                         + " do update set value = excluded.value, updated_at = excluded.updated_at")) {
                scope.setString(1, tenant.value());
                scope.execute();
                upsert.setString(1, tenant.value());
                upsert.setString(2, key);
                upsert.setString(3, value);
                upsert.executeUpdate();
            }
            owner.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private DemoUser secondRep;

    /** Another sales rep of acme, to show what one rep may not see of another's work. */
    public synchronized DemoUser secondAcmeRep() {
        if (secondRep == null) {
            secondRep = new DemoUser("rep2@acme.test", "acme-rep2-secret", CrmRole.SALES_REP);
            new KeycloakOrganizations(stack.keycloakAdmin(), stack.realm()).addMember(acme.id().value(),
                    new NewMember(secondRep.email(), "Second", "Rep", secondRep.password(), Set.of(CrmRole.SALES_REP)));
        }
        return secondRep;
    }
}
