package io.tenantcrm.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The project's working folder for local servers: distributions, unpacked Keycloak builds and kept data. It lives
 * outside {@code target/} so that {@code mvn clean} does not throw away a 25-second Keycloak build. Resolved from
 * the system property {@code crm.work.dir}, then the environment variable {@code CRM_WORK_DIR}, then {@code .work}.
 */
public record WorkFolder(Path root) {

    public static WorkFolder resolve() {
        String configured = System.getProperty("crm.work.dir", System.getenv("CRM_WORK_DIR"));
        Path root = Path.of(configured != null && !configured.isBlank() ? configured : ".work").toAbsolutePath();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the work folder " + root, e);
        }
        return new WorkFolder(root.normalize());
    }

    public Path keycloakDistribution() {
        return existing(root.resolve("dist").resolve("keycloak-quarkus-dist-" + version("keycloak") + ".zip"));
    }

    public Path payaraMicroJar() {
        return existing(root.resolve("dist").resolve("payara-micro-" + version("payara") + ".jar"));
    }

    public String keycloakVersion() {
        return version("keycloak");
    }

    public Path resolve(String first, String... more) {
        return root.resolve(Path.of(first, more));
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: build crm-devstack first (./mvnw -pl crm-devstack"
                    + " -am install), it copies the server distributions there from Maven Central");
        }
        return file;
    }

    private static String version(String server) {
        Properties versions = new Properties();
        try (InputStream in = WorkFolder.class.getResourceAsStream("distributions.properties")) {
            if (in == null) {
                throw new IllegalStateException("distributions.properties is missing from crm-devstack");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions.getProperty(server + ".version");
    }
}
