package io.tenantcrm.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenantcrm.core.access.SalesTeam;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.core.tenant.Tenant;
import io.tenantcrm.core.tenant.TenantStatus;
import io.tenantcrm.devstack.LocalKeycloak;
import io.tenantcrm.devstack.LocalPayara;
import io.tenantcrm.devstack.LocalPostgres;
import io.tenantcrm.devstack.WorkFolder;
import io.tenantcrm.persistence.CrmPersistenceUnit;
import io.tenantcrm.persistence.access.JpaSalesTeams;
import io.tenantcrm.persistence.schema.DatabaseProvisioning;
import io.tenantcrm.persistence.schema.DatabaseRoles;
import io.tenantcrm.persistence.schema.SchemaMigrations;
import io.tenantcrm.persistence.secrets.MasterKey;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import io.tenantcrm.persistence.tenant.JpaTenantRepository;
import io.tenantcrm.tenantadmin.keycloak.KeycloakOrganizations;
import io.tenantcrm.tenantadmin.keycloak.NewMember;
import io.tenantcrm.tenantadmin.keycloak.PlatformRealm;
import io.tenantcrm.tenantadmin.keycloak.PlatformRealmSetup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

/**
 * The platform's back ends on this machine, set up as production would be: PostgreSQL with owner and application
 * roles and the migrated schema, Keycloak with the platform realm. Tenants are seeded in both. The service itself
 * is started with {@link #startService}, or deployed by Arquillian with {@link #serviceConfig()}.
 */
public final class LocalStack implements AutoCloseable {

    public static final String DATABASE = "crm";
    /** The confidential client the service provisions tenants and users with. */
    public static final String SERVICE_CLIENT = "crm-service";

    private final Settings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private LocalPostgres postgres;
    private LocalKeycloak keycloak;
    private Keycloak admin;
    private PlatformRealm realm;
    private EntityManagerFactory units;

    private LocalStack(Settings settings) {
        this.settings = settings;
    }

    /** Where the servers keep their data, on which ports, and the secrets they are set up with. */
    public record Settings(WorkFolder work, Path postgresData, int postgresPort, Path keycloakData, int keycloakPort,
                           DatabaseRoles roles, String keycloakAdmin, String keycloakAdminPassword,
                           String serviceClientSecret, String masterKey) {

        /** Data kept under the work folder, fixed ports: the local run. Ports can be moved by environment. */
        public static Settings kept(WorkFolder work) {
            return new Settings(work, work.resolve("postgres-data"), envPort("CRM_POSTGRES_PORT", 15432),
                    work.resolve("keycloak-data"), envPort("CRM_KEYCLOAK_PORT", 8180),
                    new DatabaseRoles("crm_owner", "crm_owner_local", "crm_app", "crm_app_local"),
                    "admin", "admin", "crm-service-local-secret",
                    Secrets.masterKeyKeptIn(work.resolve("secrets-master-key")));
        }

        /** Throw-away data on free ports with fresh secrets: the tests. */
        public static Settings ephemeral(WorkFolder work, Path scratch) {
            return new Settings(work, null, 0, scratch.resolve("keycloak-data"), 0,
                    new DatabaseRoles("crm_owner", Secrets.next(), "crm_app", Secrets.next()),
                    "admin", Secrets.next(), Secrets.next(), MasterKey.generate(new SecureRandom()));
        }

        static int envPort(String name, int fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
        }
    }

    /** Starts PostgreSQL and Keycloak and makes both ready for the service. */
    public static LocalStack start(Settings settings, List<String> webRedirectUris) {
        return start(settings, webRedirectUris, List.of());
    }

    /**
     * Starts PostgreSQL and Keycloak and makes both ready for the service, with the web console's client allowed
     * on these origins of the service (such as {@code http://127.0.0.1:8080}).
     */
    public static LocalStack start(Settings settings, List<String> webRedirectUris, List<String> consoleOrigins) {
        LocalStack stack = new LocalStack(settings);
        try {
            stack.startPostgres();
            stack.startKeycloak(webRedirectUris, consoleOrigins);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startPostgres() {
        postgres = settings.postgresData() == null
                ? LocalPostgres.startEphemeral()
                : LocalPostgres.startKeeping(settings.postgresData(), settings.postgresPort());
        started.push(postgres);
        try (Connection superuser = postgres.superuser().getConnection()) {
            DatabaseProvisioning.ensureRolesAndDatabase(superuser, settings.roles(), DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot provision the local database", e);
        }
        new SchemaMigrations(dataSource(settings.roles().owner(), settings.roles().ownerPassword()),
                settings.roles().app()).migrate();
        units = CrmPersistenceUnit.outsideContainer(
                dataSource(settings.roles().app(), settings.roles().appPassword()));
        started.push(units::close);
    }

    private void startKeycloak(List<String> webRedirectUris, List<String> consoleOrigins) {
        keycloak = LocalKeycloak.start(settings.work(), settings.keycloakData(), settings.keycloakPort(),
                settings.keycloakAdmin(), settings.keycloakAdminPassword());
        started.push(keycloak);
        admin = KeycloakBuilder.builder().serverUrl(keycloak.baseUrl()).realm("master").clientId("admin-cli")
                .username(settings.keycloakAdmin()).password(settings.keycloakAdminPassword()).build();
        started.push(admin);
        realm = PlatformRealm.withDefaults(keycloak.baseUrl());
        PlatformRealmSetup setup = new PlatformRealmSetup(admin, realm);
        setup.apply(webRedirectUris);
        setup.ensureServiceClient(SERVICE_CLIENT, settings.serviceClientSecret());
        if (!consoleOrigins.isEmpty()) {
            setup.ensureConsoleClient(PlatformRealm.CONSOLE_CLIENT, consoleOrigins);
        }
    }

    /**
     * Makes sure a tenant with this slug exists in PostgreSQL and Keycloak, with one user per CRM role
     * ({@code <role>@<slug>.test}). Idempotent: an existing tenant is returned as it is.
     */
    public SeededTenant seedTenant(String slug, String name, Function<CrmRole, String> passwordFor) {
        List<DemoUser> users = java.util.Arrays.stream(CrmRole.values())
                .map(role -> new DemoUser(shortName(role) + "@" + slug + ".test", passwordFor.apply(role), role))
                .toList();
        EntityManager em = units.createEntityManager();
        try {
            JpaTenantRepository tenants = new JpaTenantRepository(() -> em);
            var existing = tenants.findBySlug(slug);
            KeycloakOrganizations organizations = new KeycloakOrganizations(admin, realm);
            if (existing.isPresent()) {
                // seeded by an older build: make sure the demo manager leads the demo rep all the same
                SeededTenant seeded = new SeededTenant(existing.get().id(), slug, existing.get().name(), users);
                var manager = organizations.findUserId(seeded.user(CrmRole.SALES_MANAGER).email());
                var rep = organizations.findUserId(seeded.user(CrmRole.SALES_REP).email());
                if (manager.isPresent() && rep.isPresent()) {
                    seedTeam(seeded.id(), UserId.of(manager.get()), UserId.of(rep.get()), true);
                }
                return seeded;
            }
            TenantId id = TenantId.of(organizations.createOrganization(slug, name));
            Map<CrmRole, UserId> ids = new java.util.EnumMap<>(CrmRole.class);
            for (DemoUser user : users) {
                String shortName = shortName(user.role());
                String first = shortName.substring(0, 1).toUpperCase(Locale.ROOT) + shortName.substring(1);
                ids.put(user.role(), UserId.of(organizations.addMember(id.value(), new NewMember(user.email(), first,
                        name, user.password(), Set.of(user.role())))));
            }
            em.getTransaction().begin();
            tenants.add(new Tenant(id, slug, name, TenantStatus.ACTIVE, Instant.now(Clock.systemUTC())));
            em.getTransaction().commit();
            seedTeam(id, ids.get(CrmRole.SALES_MANAGER), ids.get(CrmRole.SALES_REP), false);
            return new SeededTenant(id, slug, name, users);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** The demo manager leads the demo rep, so the manager's views show the rep's work. */
    private void seedTeam(TenantId tenant, UserId manager, UserId rep, boolean onlyIfNone) {
        LocalTransactions asManager = new LocalTransactions(units, new CurrentUser() {
            @Override
            public TenantId tenant() {
                return tenant;
            }

            @Override
            public UserId user() {
                return manager;
            }
        });
        JpaSalesTeams teams = new JpaSalesTeams(asManager, Clock.systemUTC());
        asManager.inTransaction(() -> {
            if (!onlyIfNone || teams.all(tenant).isEmpty()) {
                teams.save(tenant, new SalesTeam(manager, Set.of(rep)));
            }
            return null;
        });
    }

    /** tenant-admin: admin, sales-manager: manager, sales-rep: rep. */
    private static String shortName(CrmRole role) {
        return role.roleName().substring(role.roleName().indexOf('-') + 1);
    }

    /** The service's configuration for these back ends, as MicroProfile Config keys. */
    public Map<String, String> serviceConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("crm.db.url", postgres.jdbcUrl(DATABASE));
        config.put("crm.db.user", settings.roles().app());
        config.put("crm.db.password", settings.roles().appPassword());
        config.put("crm.db.migrate", "true");
        config.put("crm.db.owner.user", settings.roles().owner());
        config.put("crm.db.owner.password", settings.roles().ownerPassword());
        config.put("mp.jwt.verify.issuer", realm.issuer());
        config.put("mp.jwt.verify.publickey.location", realm.jwksUrl());
        config.put("mp.jwt.verify.audiences", realm.apiAudience());
        config.put("crm.keycloak.url", keycloak.baseUrl());
        config.put("crm.keycloak.realm", realm.realm());
        config.put("crm.keycloak.client-id", SERVICE_CLIENT);
        config.put("crm.keycloak.client-secret", settings.serviceClientSecret());
        // where browsers sign in to the console: the same Keycloak on this machine
        config.put("crm.console.keycloak-url", keycloak.baseUrl());
        // local stacks only: lets a signup carry the admin's first password (production sends an email instead)
        config.put("crm.signup.accept-initial-password", "true");
        config.put(MasterKey.CONFIG_KEY, settings.masterKey());
        // local receivers (a developer's webhook inbox on 127.0.0.1) over plain http, and local IMAP test servers
        config.put("crm.webhooks.allow-private-targets", "true");
        config.put("crm.mail.allow-unencrypted", "true");
        return config;
    }

    /** The same configuration spelled as environment variables (crm.db.url becomes CRM_DB_URL). */
    public Map<String, String> serviceEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        serviceConfig().forEach((key, value) ->
                env.put(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT), value));
        return env;
    }

    public LocalPayara startService(Path war, int port, Path runFolder) {
        return startService(war, port, runFolder, List.of());
    }

    public LocalPayara startService(Path war, int port, Path runFolder, List<String> jvmOptions) {
        LocalPayara payara = LocalPayara.start(settings.work(), war, port, serviceEnvironment(), runFolder,
                jvmOptions);
        started.push(payara);
        return payara;
    }

    /**
     * Unless the tenant has assignment rules already, gives each of its new leads to its user of this role (a policy
     * with no rules and that user as fallback), through the running service's API as the tenant's admin: a demo
     * rep's own leads are then theirs, with their SLA clocks running.
     */
    public void assignNewLeadsTo(String serviceUrl, SeededTenant tenant, CrmRole role) {
        DemoUser admin = tenant.user(CrmRole.TENANT_ADMIN);
        String token = accessToken(admin.email(), admin.password());
        String owner = new KeycloakOrganizations(this.admin, realm).findUserId(tenant.user(role).email())
                .orElseThrow(() -> new IllegalStateException("no " + role + " in " + tenant.slug()));
        URI policy = URI.create(serviceUrl + "/api/v1/admin/assignment");
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> existing = http.send(HttpRequest.newBuilder(policy)
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (existing.statusCode() == 200) {
                return;
            }
            String body = "{\"rules\": [], \"pools\": [], \"fallback\": {\"type\": \"user\", \"value\": \"" + owner
                    + "\"}}";
            HttpResponse<String> set = http.send(HttpRequest.newBuilder(policy).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (set.statusCode() != 200) {
                throw new IllegalStateException("the assignment policy of " + tenant.slug() + " was refused: "
                        + set.statusCode() + " " + set.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An access token for a user, by the password grant of the web client. */
    public String accessToken(String username, String password) {
        String form = "grant_type=password&client_id=" + enc(realm.webClientId()) + "&username=" + enc(username)
                + "&password=" + enc(password);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(realm.tokenUrl()))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": "
                        + response.statusCode() + " " + response.body());
            }
            return new ObjectMapper().readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public PlatformRealm realm() {
        return realm;
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    /** The persistence unit as the application role, for tools that work on the stack's data. */
    public EntityManagerFactory units() {
        return units;
    }

    public LocalKeycloak keycloak() {
        return keycloak;
    }

    public Keycloak keycloakAdmin() {
        return admin;
    }

    /** A connection pool-less DataSource as the application role, for checks that must see what the app sees. */
    public DataSource appDataSource() {
        return dataSource(settings.roles().app(), settings.roles().appPassword());
    }

    public DataSource ownerDataSource() {
        return dataSource(settings.roles().owner(), settings.roles().ownerPassword());
    }

    private DataSource dataSource(String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.jdbcUrl(DATABASE));
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setStringType("unspecified"); // as the service's datasource
        return dataSource;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Stops what was started, newest first. */
    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("while stopping the local stack: " + e);
            }
        }
    }
}
