package io.tenantcrm.launcher;

import io.tenantcrm.devstack.WorkFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** One throw-away PostgreSQL + Keycloak for the launcher's tests, started once, stopped when the JVM ends. */
final class TestStack {

    private static LocalStack shared;

    private TestStack() {
    }

    static synchronized LocalStack shared() {
        if (shared == null) {
            try {
                shared = LocalStack.start(LocalStack.Settings.ephemeral(WorkFolder.resolve(),
                        Files.createTempDirectory("crm-launcher-it")), List.of("http://127.0.0.1/*"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-stack-down"));
        }
        return shared;
    }
}
