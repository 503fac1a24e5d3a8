package io.tenantcrm.launcher;

import io.tenantcrm.tenantadmin.cli.TenantCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The operator's {@code ./crm tenant} commands against a real Keycloak and PostgreSQL, configured exactly like
 * the service: a tenant is created, suspended, resumed, exported, deleted and its rows restored.
 */
class TenantCliIT {

    static LocalStack stack;
    static Path config;

    @TempDir
    Path scratch;

    /** What one command printed, and how it ended. */
    record Outcome(int status, String out, String err) {
    }

    @BeforeAll
    static void configure() throws IOException {
        stack = TestStack.shared();
        config = Files.createTempFile("crm-service", ".properties");
        Properties properties = new Properties();
        properties.putAll(stack.serviceConfig());
        try (Writer out = Files.newBufferedWriter(config)) {
            properties.store(out, null);
        }
    }

    @Test
    void an_operator_runs_a_tenant_from_signup_to_deletion_and_restores_its_rows() throws Exception {
        Outcome created = tenant("create", "hooli", "Hooli Export", "gavin@hooli.test", "Gavin", "Belson",
                "--password", "hooli-1");
        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).startsWith("created: hooli (Hooli Export, ACTIVE");
        assertThat(stack.accessToken("gavin@hooli.test", "hooli-1")).isNotBlank();
        assertThat(tenant("list").out()).containsPattern("hooli\\s+ACTIVE");

        assertThat(tenant("suspend", "hooli").out()).startsWith("suspended: hooli");
        assertThat(tenant("list").out()).containsPattern("hooli\\s+SUSPENDED");
        assertThat(tenant("resume", "hooli").out()).startsWith("resumed: hooli");

        Path archive = scratch.resolve("hooli.json");
        assertThat(tenant("export", "hooli", archive.toString()).status()).isZero();
        String exported = Files.readString(archive);
        assertThat(exported).contains("\"slug\":\"hooli\"").contains("gavin@hooli.test").contains("\"pipeline\"");

        Outcome unconfirmed = tenant("delete", "hooli", "--confirm", "hool");
        assertThat(unconfirmed.status()).isEqualTo(1);
        assertThat(unconfirmed.err()).contains("refused: confirm: type the tenant's slug 'hooli'");

        Outcome deleted = tenant("delete", "hooli", "--confirm", "hooli");
        assertThat(deleted.status()).as(deleted.err()).isZero();
        assertThat(deleted.out()).contains("1 people removed, no row left");
        assertThat(tenant("list").out()).doesNotContain("hooli");
        assertThatThrownBy(() -> stack.accessToken("gavin@hooli.test", "hooli-1"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(tenant("suspend", "hooli").err()).contains("refused: tenant hooli not found");

        assertThat(tenant("import", archive.toString()).out()).startsWith("restored: hooli (Hooli Export, ACTIVE");
        Path again = scratch.resolve("again.json");
        tenant("export", "hooli", again.toString());
        assertThat(dataOf(Files.readString(again))).isEqualTo(dataOf(exported));
        assertThat(tenant("import", archive.toString()).err()).contains("exists; delete it before restoring it");
    }

    @Test
    void bad_usage_is_explained() throws Exception {
        Outcome unknown = tenant("rename", "hooli");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown command 'rename'").contains("usage: tenant");
        assertThat(tenant("export").status()).as("export without a slug").isEqualTo(2);
        assertThat(new TenantCli(System.out, new PrintStream(new ByteArrayOutputStream()))
                .run(new String[] {"list"}, Clock.systemUTC())).as("no --config").isEqualTo(2);
    }

    private static Outcome tenant(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] withConfig = new String[args.length + 2];
        withConfig[0] = "--config";
        withConfig[1] = config.toString();
        System.arraycopy(args, 0, withConfig, 2, args.length);
        int status = new TenantCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(withConfig, Clock.systemUTC());
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The archive without when it was made and without the people (who are not restored). */
    private static String dataOf(String archive) {
        return archive.substring(archive.indexOf("\"tenant\":"), archive.indexOf(",\"people\":"))
                + archive.substring(archive.indexOf("\"tables\":"));
    }
}
