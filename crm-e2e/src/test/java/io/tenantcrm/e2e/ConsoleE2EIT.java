package io.tenantcrm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.devstack.LocalPayara;
import io.tenantcrm.launcher.DemoUser;
import io.tenantcrm.launcher.LocalStack;
import io.tenantcrm.launcher.SeededTenant;
import io.tenantcrm.tenantadmin.keycloak.KeycloakOrganizations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console as its users meet it: Debian's chromium, driven by the Playwright tests in {@code e2e/}, against the
 * real service on Payara Micro with Keycloak and PostgreSQL, all on 127.0.0.1. Two tenants are seeded; acme gives
 * every new lead to its rep (an assignment fallback), globex has no rules, so its leads wait unassigned.
 * Fails, never skips, when chromium is missing: {@code ./crm test} installs it. The stack is shared with the other
 * end-to-end tests ({@link SharedStack}).
 */
@ExtendWith(SharedStack.class)
class ConsoleE2EIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalStack stack;
    private static LocalPayara service;
    private static Path e2e;

    @BeforeAll
    static void startEverything(SharedStack.Running running) {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium; ./crm test does it)").isExecutable();
        e2e = Path.of(System.getProperty("crm.e2e.dir"));
        stack = running.stack();
        service = running.service();
    }

    @Test
    void the_console_passes_every_browser_test() throws Exception {
        SeededTenant acme = stack.seedTenant("acme", "Acme Export Ltd", role -> "acme-" + role.roleName());
        SeededTenant globex = stack.seedTenant("globex", "Globex Trading", role -> "globex-" + role.roleName());
        ObjectNode tenants = JSON.createObjectNode();
        tenants.set("acme", describe(acme));
        tenants.set("globex", describe(globex));
        stack.assignNewLeadsTo(service.baseUrl(), acme, CrmRole.SALES_REP);

        ObjectNode description = JSON.createObjectNode();
        description.put("url", service.baseUrl());
        description.put("tokenUrl", stack.realm().tokenUrl());
        description.set("tenants", tenants);

        Path results = e2e.resolve("target/e2e-results.json");
        Files.deleteIfExists(results);
        // not inheritIO: the forked test JVM's stdin and stdout are Failsafe's channel, so the output is relayed
        List<String> command = new ArrayList<>(List.of("npx", "playwright", "test"));
        // -Dcrm.e2e.grep=team runs only the browser tests whose title matches, while working on one screen
        String grep = System.getProperty("crm.e2e.grep", "");
        if (!grep.isBlank()) {
            command.addAll(List.of("--grep", grep));
        }
        ProcessBuilder playwright = new ProcessBuilder(command).directory(e2e.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true);
        playwright.environment().put("CRM_URL", service.baseUrl());
        playwright.environment().put("CRM_STACK", JSON.writeValueAsString(description));
        playwright.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Process run = playwright.start();
        Thread relay = new Thread(() -> run.inputReader().lines().forEach(System.out::println), "playwright-output");
        relay.start();
        boolean finished = run.waitFor(20, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }
        assertThat(finished).as("the browser tests finish within 20 minutes").isTrue();
        relay.join(10_000);

        JsonNode stats = JSON.readTree(results.toFile()).path("stats");
        int passed = stats.path("expected").asInt() + stats.path("flaky").asInt();
        int failed = stats.path("unexpected").asInt();
        // the line CI reads, besides Maven's own summary
        System.out.println("e2e: " + passed + " passed, " + failed + " failed");
        assertThat(failed).as("failed browser tests (see the list above, traces under crm-e2e/target/playwright)")
                .isZero();
        assertThat(passed).as("browser tests run").isPositive();
        assertThat(run.exitValue()).isZero();
    }

    private static ObjectNode describe(SeededTenant tenant) {
        KeycloakOrganizations organizations = new KeycloakOrganizations(stack.keycloakAdmin(), stack.realm());
        ObjectNode node = JSON.createObjectNode();
        node.put("id", tenant.id().value());
        for (DemoUser user : tenant.users()) {
            ObjectNode json = node.putObject(switch (user.role()) {
                case SALES_REP -> "rep";
                case SALES_MANAGER -> "manager";
                case TENANT_ADMIN -> "admin";
            });
            json.put("email", user.email());
            json.put("password", user.password());
            json.put("id", organizations.findUserId(user.email()).orElseThrow());
        }
        return node;
    }
}
