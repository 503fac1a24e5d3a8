package io.tenantcrm.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A real Keycloak server from the Maven Central distribution ({@code org.keycloak:keycloak-quarkus-dist}),
 * listening on 127.0.0.1 with its own H2 file database. The distribution is unpacked and built once per version
 * into the work folder ({@code kc.sh build} takes ~25 s); each start then takes about 10 s.
 */
public final class LocalKeycloak implements AutoCloseable {

    /** Build-time options; a change of these triggers a rebuild. */
    private static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true");
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);

    private final ServerProcess process;
    private final int port;
    private final String adminUsername;
    private final String adminPassword;

    private LocalKeycloak(ServerProcess process, int port, String adminUsername, String adminPassword) {
        this.process = process;
        this.port = port;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    /**
     * Starts Keycloak on {@code port} (0: a free one), keeping its database in {@code dataFolder}. The bootstrap
     * admin (master realm) is created on the first start of a new data folder.
     */
    public static LocalKeycloak start(WorkFolder work, Path dataFolder, int port, String adminUsername,
                                      String adminPassword) {
        Path home = builtServer(work);
        int httpPort = FreePorts.orNext(port);
        int managementPort = FreePorts.next();
        String baseUrl = "http://127.0.0.1:" + httpPort;
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                // a fixed hostname keeps the token issuer identical whatever host name a client used
                "--hostname=" + baseUrl, "--cache=local",
                "--db-url=jdbc:h2:file:" + dataFolder.toAbsolutePath().resolve("keycloakdb") + ";NON_KEYWORDS=VALUE");
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
                "JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        ServerProcess process = ServerProcess.start("Keycloak", command, home, env,
                dataFolder.resolve("keycloak.log"));
        process.awaitReady(URI.create(baseUrl + "/realms/master/.well-known/openid-configuration"), STARTUP_TIMEOUT);
        return new LocalKeycloak(process, httpPort, adminUsername, adminPassword);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public String adminUsername() {
        return adminUsername;
    }

    public String adminPassword() {
        return adminPassword;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.close();
    }

    /** The unpacked and built server for this version, made on first use. */
    static synchronized Path builtServer(WorkFolder work) {
        String version = work.keycloakVersion();
        Path home = work.resolve("keycloak-" + version);
        Path buildMarker = home.resolve(".crm-build");
        String wanted = String.join(" ", BUILD_OPTIONS);
        try {
            if (!Files.isDirectory(home)) {
                unpack(work.keycloakDistribution(), home);
            }
            if (!Files.isRegularFile(buildMarker) || !Files.readString(buildMarker).equals(wanted)) {
                build(home, BUILD_OPTIONS);
                Files.writeString(buildMarker, wanted);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Keycloak " + version + " in " + home, e);
        }
        return home;
    }

    private static void build(Path home, List<String> options) {
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(options);
        ServerProcess build = ServerProcess.start("Keycloak build", command, home, Map.of(),
                home.resolve("build.log"));
        try {
            if (build.waitForExit(Duration.ofMinutes(5)) != 0) {
                throw new IllegalStateException("kc.sh build failed; its log ends with:\n" + build.tail());
            }
        } finally {
            build.close();
        }
    }

    /** Unzips into a temporary sibling first, so an interrupted unpack never leaves a half server behind. */
    private static void unpack(Path zip, Path home) throws IOException {
        Path staging = Files.createTempDirectory(home.getParent(), "keycloak-unpack-");
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                // entries start with the folder "keycloak-<version>/": strip it
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                Path target = staging.resolve(name).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("zip entry escapes the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                // the zip does not carry Unix modes: the launch scripts need their exec bit back
                if (name.startsWith("bin/") && name.endsWith(".sh")) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
    }
}
