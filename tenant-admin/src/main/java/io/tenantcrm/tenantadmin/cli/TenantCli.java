package io.tenantcrm.tenantadmin.cli;

import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.tenant.Tenant;
import io.tenantcrm.core.tenant.TenantLifecycle;
import io.tenantcrm.core.tenant.TenantSignup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * {@code ./crm tenant ...}: the platform operator's tenant commands, on the same use cases as the service
 * (signup saga, {@link TenantLifecycle}). Exit status 0 done, 1 refused (the reason is printed), 2 bad usage.
 */
public final class TenantCli {

    static final String USAGE = """
            usage: tenant --config FILE COMMAND
              list                                   every tenant: slug, status, id, created, name
              create SLUG NAME ADMIN_EMAIL FIRST LAST [--password P]
                                                     sign a company up (the admin sets a password on first sign-in;
                                                     --password only where crm.signup.accept-initial-password=true)
              suspend SLUG | resume SLUG             refuse / allow the tenant's users again
              export SLUG FILE                       write everything the tenant has to FILE (JSON archive)
              import FILE                            restore an exported tenant's rows (its people are not restored)
              delete SLUG --confirm SLUG             delete the tenant's people and rows for good
            FILE of --config: the service's configuration keys (crm.db.*, crm.keycloak.*) as properties""";

    private final PrintStream out;
    private final PrintStream err;

    public TenantCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new TenantCli(System.out, System.err).run(args, Clock.systemUTC()));
    }

    public int run(String[] args, Clock clock) {
        List<String> words = new ArrayList<>(List.of(args));
        String configFile;
        try {
            configFile = option(words, "--config");
        } catch (IllegalArgumentException e) {
            configFile = null;
        }
        if (configFile == null || words.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        Properties config = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(configFile))) {
            config.load(in);
        } catch (IOException e) {
            err.println("cannot read " + configFile + ": " + e.getMessage());
            return 2;
        }
        try (OperatorSetup setup = new OperatorSetup(config, clock)) {
            return command(words, setup);
        } catch (RuleViolationException e) {
            e.violations().forEach(v -> err.println("refused: " + v.field() + ": " + v.message()));
            return 1;
        } catch (NotFoundException e) {
            err.println("refused: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("failed: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // a server that cannot be reached, refused credentials: say which, without a stack trace
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            err.println("failed: " + cause.getMessage() + " (are PostgreSQL and Keycloak of " + configFile
                    + " running?)");
            return 1;
        }
    }

    private int command(List<String> words, OperatorSetup setup) throws IOException {
        TenantLifecycle tenants = setup.lifecycle();
        String name = words.remove(0);
        Function<Integer, String> arg = i -> {
            if (i >= words.size()) {
                throw new IllegalArgumentException(USAGE);
            }
            return words.get(i);
        };
        switch (name) {
            case "help" -> out.println(USAGE);
            case "list" -> tenants.tenants().forEach(t -> out.printf("%-24s %-10s %-38s %s  %s%n", t.slug(),
                    t.status(), t.id(), t.createdAt(), t.name()));
            case "create" -> {
                String password = option(words, "--password");
                if (password != null && !setup.acceptsInitialPassword()) {
                    throw new RuleViolationException("password", "is not accepted here: the admin sets it on"
                            + " first sign-in");
                }
                TenantSignup.SignedUp done = setup.signup().signUp(new TenantSignup.Request(arg.apply(0),
                        arg.apply(1), arg.apply(2), arg.apply(3), arg.apply(4), password));
                out.println((done.alreadyExisted() ? "exists: " : "created: ") + describe(done.tenant())
                        + " admin " + done.admin());
            }
            case "suspend" -> out.println("suspended: " + describe(tenants.suspend(tenants.bySlug(arg.apply(0)).id())));
            case "resume" -> out.println("resumed: " + describe(tenants.resume(tenants.bySlug(arg.apply(0)).id())));
            case "export" -> {
                Tenant tenant = tenants.bySlug(arg.apply(0));
                Path file = Path.of(arg.apply(1));
                try (OutputStream archive = Files.newOutputStream(file)) {
                    tenants.export(tenant.id(), archive);
                }
                out.println("exported: " + describe(tenant) + " to " + file + " (" + Files.size(file) + " bytes)");
            }
            case "import" -> {
                try (InputStream archive = Files.newInputStream(Path.of(arg.apply(0)))) {
                    out.println("restored: " + describe(tenants.restore(archive)));
                }
            }
            case "delete" -> {
                String confirmation = option(words, "--confirm");
                Tenant tenant = tenants.bySlug(arg.apply(0));
                TenantLifecycle.Deletion deletion = tenants.delete(tenant.id(), confirmation);
                out.println("deleted: " + describe(tenant) + ", " + deletion.peopleRemoved() + " people removed, "
                        + (deletion.verifiedEmpty() ? "no row left" : "ROWS LEFT: run delete again"));
                return deletion.verifiedEmpty() ? 0 : 1;
            }
            default -> throw new IllegalArgumentException("unknown command '" + name + "'\n" + USAGE);
        }
        return 0;
    }

    private static String describe(Tenant tenant) {
        return tenant.slug() + " (" + tenant.name() + ", " + tenant.status() + ", id " + tenant.id() + ")";
    }

    /** Takes {@code --name value} out of the words; null when absent. */
    private static String option(List<String> words, String name) {
        int at = words.indexOf(name);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= words.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        String value = words.get(at + 1);
        words.remove(at + 1);
        words.remove(at);
        return value;
    }
}
