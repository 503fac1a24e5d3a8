package io.tenantcrm.launcher;

import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.devstack.LocalPayara;
import io.tenantcrm.devstack.WorkFolder;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./crm up}: the whole platform on 127.0.0.1 with data kept in the work folder, a demo tenant and its users.
 * Runs in the foreground until Ctrl-C or {@code ./crm down} (SIGTERM), then stops everything it started.
 */
public final class CrmUp {

    private CrmUp() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: CrmUp <path of crm-service.war>");
            System.exit(2);
        }
        Path war = Path.of(args[0]);
        WorkFolder work = WorkFolder.resolve();
        int servicePort = LocalStack.Settings.envPort("CRM_PORT", 8080);
        String serviceUrl = "http://127.0.0.1:" + servicePort;

        System.out.println("Starting PostgreSQL and Keycloak (data kept in " + work.root() + ") ...");
        LocalStack stack = LocalStack.start(LocalStack.Settings.kept(work), List.of(serviceUrl + "/*"),
                List.of(serviceUrl));
        Path pidFile = work.resolve("crm-up.pid");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the service, Keycloak and PostgreSQL ...");
            stack.close();
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                System.err.println("could not remove " + pidFile + ": " + e.getMessage());
            }
            stopped.countDown();
        }, "crm-down"));

        SeededTenant demo = stack.seedTenant("demo", "Demo Export Co.", role -> "demo-" + shortName(role));
        // what `./crm tenant` works with: the service's own configuration (local secrets, in the work folder)
        Properties serviceConfig = new Properties();
        serviceConfig.putAll(stack.serviceConfig());
        try (Writer config = Files.newBufferedWriter(work.resolve("service.properties"))) {
            serviceConfig.store(config, "the local service's configuration, for ./crm tenant");
        }
        System.out.println("Starting the service on Payara Micro ...");
        LocalPayara service = stack.startService(war, servicePort, work.resolve("payara"));
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
        stack.assignNewLeadsTo(service.baseUrl(), demo, CrmRole.SALES_REP);

        System.out.println(banner(stack, service, demo));
        stopped.await();
    }

    private static String shortName(CrmRole role) {
        return role.roleName().substring(role.roleName().indexOf('-') + 1);
    }

    private static String banner(LocalStack stack, LocalPayara service, SeededTenant demo) {
        StringBuilder text = new StringBuilder();
        text.append("\nTenant CRM is up (Ctrl-C or ./crm down to stop)\n\n");
        text.append("  Console        ").append(service.baseUrl()).append("/app/  (sign in as a demo user below)\n");
        text.append("  API            ").append(service.baseUrl()).append("/api/v1/ping\n");
        text.append("  OpenAPI        ").append(service.baseUrl()).append("/openapi\n");
        text.append("  Health         ").append(service.baseUrl()).append("/health/ready\n");
        text.append("  Metrics        ").append(service.baseUrl()).append("/metrics?scope=application\n");
        text.append("  Keycloak       ").append(stack.keycloak().baseUrl()).append("/admin/  (admin / ")
                .append("admin)\n");
        text.append("  Token endpoint ").append(stack.realm().tokenUrl()).append("  (client ")
                .append(stack.realm().webClientId()).append(")\n");
        text.append("  PostgreSQL     ").append(stack.postgres().jdbcUrl(LocalStack.DATABASE)).append("\n\n");
        text.append("  Demo tenant '").append(demo.slug()).append("' (").append(demo.name()).append(", id ")
                .append(demo.id()).append("):\n");
        for (DemoUser user : demo.users()) {
            text.append(String.format("    %-22s %-16s %s%n", user.email(), user.password(), user.role().roleName()));
        }
        text.append("\n  Try: curl -H \"Authorization: Bearer $(./crm token rep@demo.test demo-rep)\" ")
                .append(service.baseUrl()).append("/api/v1/ping\n");
        text.append("  Service log: ").append(service.log()).append('\n');
        return text.toString();
    }
}
