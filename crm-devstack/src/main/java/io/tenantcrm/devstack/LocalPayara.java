package io.tenantcrm.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro (the Maven Central jar) serving one WAR at the root context on 127.0.0.1. Configuration reaches
 * the application as environment variables, which MicroProfile Config reads above the WAR's own defaults.
 */
public final class LocalPayara implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);

    private final ServerProcess process;
    private final int port;

    private LocalPayara(ServerProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Names Payara's JSON-P implementation, so {@code Json.createReader} (Payara's health and metrics output calls it
     * and MicroProfile JWT's token check would on every request) does not search the class path each time
     * (docs/operations.md).
     */
    public static final String JSON_PROVIDER = "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl";

    public static LocalPayara start(WorkFolder work, Path war, int port, Map<String, String> environment,
                                    Path runFolder) {
        return start(work, war, port, environment, runFolder, List.of());
    }

    /** With extra JVM options (a flight recording, another heap): the defaults come first, so these win. */
    public static LocalPayara start(WorkFolder work, Path war, int port, Map<String, String> environment,
                                    Path runFolder, List<String> jvmOptions) {
        if (!Files.isRegularFile(war)) {
            throw new IllegalArgumentException("no WAR at " + war + ": build it first (./mvnw package)");
        }
        int httpPort = FreePorts.orNext(port);
        try {
            Files.createDirectories(runFolder);
            // --port binds every interface; this pre-boot command narrows the listener to loopback
            Path preBoot = runFolder.resolve("loopback-only.asadmin");
            Files.writeString(preBoot, "set configs.config.server-config.network-config.network-listeners"
                    + ".network-listener.http-listener.address=127.0.0.1\n");
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:+UseSerialGC",
                    JSON_PROVIDER, "-Djava.io.tmpdir=" + runFolder.toAbsolutePath()));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", work.payaraMicroJar().toString(),
                    "--deploy", war.toAbsolutePath().toString(), "--contextroot", "/",
                    "--port", Integer.toString(httpPort), "--prebootcommandfile", preBoot.toString(),
                    "--nohazelcast", "--disablephonehome"));
            ServerProcess process = ServerProcess.start("Payara Micro", command, runFolder, environment,
                    runFolder.resolve("payara.log"));
            // a WAR that failed to start still gets "deployed" in the log: poll the application itself
            process.awaitReady(URI.create("http://127.0.0.1:" + httpPort + "/health/live"), STARTUP_TIMEOUT);
            return new LocalPayara(process, httpPort);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Payara Micro in " + runFolder, e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return process.log();
    }

    @Override
    public void close() {
        process.close();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
