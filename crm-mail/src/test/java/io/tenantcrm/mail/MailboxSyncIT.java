package io.tenantcrm.mail;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.CrmPorts;
import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.ConversionTerms;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadConversion;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.mailbox.MailSecurity;
import io.tenantcrm.core.mailbox.Mailbox;
import io.tenantcrm.core.mailbox.MailboxConnection;
import io.tenantcrm.core.mailbox.MailboxSync;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.sla.SlaClocks;
import io.tenantcrm.core.sla.SlaTimer;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.devstack.LocalPostgres;
import io.tenantcrm.persistence.CrmPersistenceUnit;
import io.tenantcrm.persistence.JpaCrm;
import io.tenantcrm.persistence.access.JpaSalesTeams;
import io.tenantcrm.persistence.account.JpaAccountRepository;
import io.tenantcrm.persistence.audit.JpaAuditLog;
import io.tenantcrm.persistence.activity.JpaActivityRepository;
import io.tenantcrm.persistence.activity.JpaTaskRepository;
import io.tenantcrm.persistence.deal.JpaDealRepository;
import io.tenantcrm.persistence.lead.JpaLeadRepository;
import io.tenantcrm.persistence.mailbox.JpaCorrespondents;
import io.tenantcrm.persistence.mailbox.JpaMailboxes;
import io.tenantcrm.persistence.schema.DatabaseProvisioning;
import io.tenantcrm.persistence.schema.DatabaseRoles;
import io.tenantcrm.persistence.schema.SchemaMigrations;
import io.tenantcrm.persistence.secrets.MasterKey;
import io.tenantcrm.persistence.secrets.TenantSecrets;
import io.tenantcrm.persistence.sla.JpaSlaTimers;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Email sync end to end on real parts: GreenMail's IMAP server in-process, PostgreSQL as the application role, the
 * JPA adapters. A customer's mail lands on the right deal, account and contact; a second sync adds nothing; the
 * seller's reply to a new lead stops its first-response clock; mail with strangers stays out.
 */
class MailboxSyncIT {

    static final DatabaseRoles ROLES = new DatabaseRoles("crm_owner", "owner", "crm_app", "app");
    static final UserId RITA = UserId.of("rita");
    static final UserId OLE = UserId.of("ole");

    static LocalPostgres postgres;
    static EntityManagerFactory units;

    final MailFixture mail = new MailFixture();
    final Acting acting = new Acting();
    final Clock clock = Clock.systemUTC();
    LocalTransactions transactions;
    TenantId tenant;
    Crm crm;

    /** Who works the CRM in this test: switched between the two sellers. */
    static final class Acting implements CurrentUser {
        volatile TenantId tenant;
        volatile UserId user;

        @Override
        public TenantId tenant() {
            return tenant;
        }

        @Override
        public UserId user() {
            return user;
        }
    }

    @BeforeAll
    static void database() throws SQLException {
        postgres = LocalPostgres.startEphemeral();
        try (Connection superuser = postgres.superuser().getConnection()) {
            DatabaseProvisioning.ensureRolesAndDatabase(superuser, ROLES, "crm");
        }
        new SchemaMigrations(dataSource(ROLES.owner(), ROLES.ownerPassword()), ROLES.app()).migrate();
        units = CrmPersistenceUnit.outsideContainer(dataSource(ROLES.app(), ROLES.appPassword()));
    }

    @AfterAll
    static void stopDatabase() {
        units.close();
        postgres.close();
    }

    @BeforeEach
    void aTenantWithACustomer() throws Exception {
        tenant = TenantId.of("mail-" + UUID.randomUUID().toString().substring(0, 8));
        try (Connection app = dataSource(ROLES.app(), ROLES.appPassword()).getConnection();
             PreparedStatement insert = app.prepareStatement("insert into tenant (id, slug, name, status,"
                     + " created_at) values (?, ?, ?, 'ACTIVE', now())")) {
            insert.setString(1, tenant.value());
            insert.setString(2, tenant.value());
            insert.setString(3, tenant.value());
            insert.execute();
        }
        acting.tenant = tenant;
        acting.user = RITA;
        transactions = new LocalTransactions(units, acting);
        crm = new Crm(JpaCrm.ports(transactions, transactions, events -> { }, acting, TenantConfiguration.defaults(),
                clock));
        mail.user("rita@acme.test", "rita-secret");
        mail.user("ole@acme.test", "ole-secret");
        mail.createFolder("rita@acme.test", "rita-secret", "Sent");
        mail.createFolder("ole@acme.test", "ole-secret", "Sent");
    }

    @AfterEach
    void stopMail() {
        mail.close();
    }

    @Test
    void a_customers_mail_lands_on_the_right_deal_and_a_second_sync_adds_nothing() throws Exception {
        Deal deal = customerWithADeal("buyer@customer.test");
        Deal otherDeal = customerWithADeal("someone@else.test");
        Mailbox mailbox = connect(RITA, "rita@acme.test", "rita-secret");
        mail.append("rita@acme.test", "rita-secret", "INBOX", mail.message("buyer@customer.test",
                "rita@acme.test", "Re: quote for 200 valves", "Price is fine, please send a sample.\n\n"
                        + "On Mon, Rita wrote:\n> Here is our quote"));
        mail.append("rita@acme.test", "rita-secret", "INBOX", mail.message("news@spam.test", "rita@acme.test",
                "Great offers", "Buy now"));

        MailboxSync.Report first = sync().sync(mailbox.id());

        assertThat(first).isEqualTo(new MailboxSync.Report(2, 1, 1, 0, null));
        List<Activity> onDeal = crm.timeline().of(deal.ref(), PageRequest.first(10)).items();
        assertThat(onDeal).singleElement().satisfies(email -> {
            assertThat(email.type()).isEqualTo(ActivityType.EMAIL);
            assertThat(email.direction()).isEqualTo(Direction.INBOUND);
            assertThat(email.loggedBy()).isEqualTo(RITA);
            assertThat(email.summary()).startsWith("Email: Re: quote for 200 valves\nFrom: buyer@customer.test")
                    .contains("please send a sample").doesNotContain("Here is our quote");
            assertThat(email.about()).extracting(ref -> ref.type().name())
                    .containsExactlyInAnyOrder("ACCOUNT", "CONTACT", "DEAL");
        });
        assertThat(crm.timeline().of(otherDeal.ref(), PageRequest.first(10)).items()).isEmpty();
        assertThat(transactions.inTransaction(() -> new JpaDealRepository(transactions).find(tenant, deal.id()))
                .orElseThrow().lastActivityAt()).as("the deal counts as worked")
                .isAfter(deal.lastActivityAt().minusSeconds(1));

        MailboxSync.Report second = sync().sync(mailbox.id());

        assertThat(second).isEqualTo(new MailboxSync.Report(0, 0, 0, 0, null));
        assertThat(crm.timeline().of(deal.ref(), PageRequest.first(10)).items()).hasSize(1);
        assertThat(connection().get(mailbox.id()).lastSyncedAt()).isNotNull();
        assertThat(connection().get(mailbox.id()).lastError()).isNull();
    }

    @Test
    void the_sellers_reply_to_a_new_lead_stops_its_first_response_clock() throws Exception {
        Lead lead = crm.leadTriage().assign(crm.leadIntake().receive(NewLead.of(SourceChannel.WEB_FORM,
                ContactDetails.of("Ola Nord", "Nord AS", EmailAddress.of("ola@nord.test"), null),
                CountryCode.of("NO"), "pumps")).id(), RITA, "territory");
        clocks().started(lead);
        Mailbox mailbox = connect(RITA, "rita@acme.test", "rita-secret");
        mail.append("rita@acme.test", "rita-secret", "Sent", mail.message("rita@acme.test", "ola@nord.test",
                "Your inquiry", "Thank you, Ola: our offer follows today."));

        MailboxSync.Report report = sync().sync(mailbox.id());

        assertThat(report.attached()).isEqualTo(1);
        Activity reply = crm.timeline().of(lead.ref(), PageRequest.first(10)).items().get(0);
        assertThat(reply.direction()).isEqualTo(Direction.OUTBOUND);
        List<SlaTimer> timers = transactions.inTransaction(() -> new JpaSlaTimers(transactions).of(tenant,
                lead.ref()));
        assertThat(timers).filteredOn(t -> t.clock() == SlaTimer.Clock.FIRST_RESPONSE).isNotEmpty()
                .allSatisfy(t -> assertThat(t.cancelledAt()).as("first response given").isNotNull());
    }

    @Test
    void a_message_in_two_colleagues_mailboxes_is_taken_once_and_a_disconnected_mailbox_keeps_its_history()
            throws Exception {
        Deal deal = customerWithADeal("buyer@customer.test");
        MimeMessage toBoth = mail.message("buyer@customer.test", "rita@acme.test, ole@acme.test", "Order",
                "We order 200 valves.");
        mail.append("rita@acme.test", "rita-secret", "INBOX", toBoth);
        mail.append("ole@acme.test", "ole-secret", "INBOX", toBoth);
        Mailbox ritas = connect(RITA, "rita@acme.test", "rita-secret");
        acting.user = OLE;
        Mailbox oles = connect(OLE, "ole@acme.test", "ole-secret");

        assertThat(sync().sync(oles.id()).attached()).isEqualTo(1);
        acting.user = RITA;
        assertThat(sync().sync(ritas.id())).isEqualTo(new MailboxSync.Report(1, 0, 0, 1, null));
        assertThat(crm.timeline().of(deal.ref(), PageRequest.first(10)).items()).hasSize(1);
        assertThatThrownBy(() -> sync().sync(oles.id())).as("Ole's mailbox is Ole's").hasMessageContaining("not found");
        assertThat(ownerReads("select password_sealed from mailbox where id = '" + ritas.id() + "'"))
                .doesNotContain("rita-secret");
        assertThat(ownerReads("select body from mail_message where subject = 'Order'"))
                .isEqualTo("We order 200 valves.");

        connection().disconnect(ritas.id());

        assertThat(connection().mine()).isEmpty();
        assertThat(crm.timeline().of(deal.ref(), PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void a_mailbox_is_only_kept_when_its_server_lets_us_in_and_never_unencrypted_unless_allowed() {
        MailboxConnection strict = new MailboxConnection(mailboxes(), new ImapMailServer(Duration.ofSeconds(5)),
                false, recorder());
        assertThatThrownBy(() -> strict.connect(settings("rita@acme.test", "rita-secret", MailSecurity.NONE)))
                .isInstanceOf(RuleViolationException.class).hasMessageStartingWith("security:");
        assertThatThrownBy(() -> connection().connect(settings("rita@acme.test", "wrong", MailSecurity.NONE)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("password: the mail server did not let us in: the user name or password was refused");
        assertThatThrownBy(() -> connection().connect(new MailboxConnection.Settings("not-an-address", " ", 0,
                MailSecurity.NONE, null, null, List.of())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("address:")
                .hasMessageContaining("host:").hasMessageContaining("port:").hasMessageContaining("password:");
        assertThatThrownBy(() -> connection().connect(new MailboxConnection.Settings("rita@acme.test", "127.0.0.1",
                mail.port(), MailSecurity.NONE, null, "rita-secret", List.of("INBOX", "Archive 2019"))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("folders: the mailbox has no folder Archive 2019; it has INBOX, Sent");
        assertThat(connection().mine()).isEmpty();
        assertThat(connection().connect(settings("rita@acme.test", "rita-secret", MailSecurity.NONE)).folders())
                .containsExactly("INBOX", "Sent");
    }

    private Deal customerWithADeal(String email) {
        Lead lead = crm.leadIntake().receive(NewLead.of(SourceChannel.TRADE_SHOW, ContactDetails.of("A Buyer",
                "Buyer " + email, EmailAddress.of(email), null), CountryCode.of("DE"), "valves"));
        LeadConversion.Converted converted = crm.leadConversion().convert(lead.id(), null, ConversionTerms.of(
                "Valves for " + email, new NextStep("Call", Instant.now().plus(Duration.ofDays(2)))));
        return converted.deal().deal();
    }

    private Mailbox connect(UserId owner, String address, String password) {
        assertThat(acting.user).isEqualTo(owner);
        return connection().connect(settings(address, password, MailSecurity.NONE));
    }

    /** No folders named: INBOX and the sent folder the mailbox has ("Sent" here). */
    private MailboxConnection.Settings settings(String address, String password, MailSecurity security) {
        return new MailboxConnection.Settings(address, "127.0.0.1", mail.port(), security, null, password,
                List.of());
    }

    private MailboxConnection connection() {
        return new MailboxConnection(mailboxes(), new ImapMailServer(Duration.ofSeconds(5)), true, recorder());
    }

    private MailboxSync sync() {
        return new MailboxSync(mailboxes(), new ImapMailServer(Duration.ofSeconds(5)),
                new JpaCorrespondents(transactions), crm.timeline(), clocks(), MailboxSync.Limits.DEFAULT,
                recorder());
    }

    private JpaMailboxes mailboxes() {
        return new JpaMailboxes(transactions, new TenantSecrets(transactions, MASTER, new SecureRandom(), clock),
                Duration.ofMinutes(5));
    }

    private static final MasterKey MASTER = MasterKey.fromBase64(MasterKey.generate(new SecureRandom()));

    private SlaClocks clocks() {
        CrmPorts ports = JpaCrm.ports(transactions, transactions, events -> { }, acting,
                TenantConfiguration.defaults(), clock);
        return new SlaClocks(new SlaClocks.Ports(new JpaSlaTimers(transactions), new JpaLeadRepository(transactions),
                new JpaDealRepository(transactions), new JpaAccountRepository(transactions),
                new JpaTaskRepository(transactions), new JpaActivityRepository(transactions),
                new JpaSalesTeams(transactions, clock), ports.configuration()), recorder());
    }

    private Recorder recorder() {
        return new Recorder(transactions, new JpaAuditLog(transactions),
                events -> { }, acting, clock);
    }

    private String ownerReads(String sql) throws SQLException {
        try (Connection owner = dataSource(ROLES.owner(), ROLES.ownerPassword()).getConnection();
             PreparedStatement enter = owner.prepareStatement("select set_config('app.tenant_id', ?, false)");
             PreparedStatement query = owner.prepareStatement(sql)) {
            enter.setString(1, tenant.value());
            enter.execute();
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as(sql).isTrue();
                return row.getString(1);
            }
        }
    }

    private static PGSimpleDataSource dataSource(String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl("crm"));
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setStringType("unspecified");
        return dataSource;
    }
}
