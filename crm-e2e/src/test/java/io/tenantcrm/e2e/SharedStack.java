package io.tenantcrm.e2e;

import io.tenantcrm.devstack.FreePorts;
import io.tenantcrm.devstack.LocalPayara;
import io.tenantcrm.devstack.WorkFolder;
import io.tenantcrm.launcher.LocalStack;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The stack the end-to-end tests share: PostgreSQL, Keycloak and the service on Payara Micro, all on 127.0.0.1,
 * started by the first test class that asks for it and stopped when the run ends (JUnit's root store closes it).
 * Starting it costs a minute and a half; the browser tests and the generated client's scenario need it once.
 */
final class SharedStack implements ParameterResolver {

    /** What the tests get: the stack (Keycloak, tenants, tokens) and the service it started. */
    record Running(LocalStack stack, LocalPayara service) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            stack.close(); // the service too: the stack stops what it started
        }
    }

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedStack.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("stack", key -> start(), Running.class);
    }

    private static Running start() {
        try {
            Path war = Path.of(System.getProperty("crm.service.war"));
            Path scratch = Files.createTempDirectory("crm-e2e-");
            int port = FreePorts.next();
            String origin = "http://127.0.0.1:" + port;
            LocalStack stack = LocalStack.start(LocalStack.Settings.ephemeral(WorkFolder.resolve(), scratch),
                    List.of(origin + "/*"), List.of(origin));
            return new Running(stack, stack.startService(war, port, scratch.resolve("payara")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
