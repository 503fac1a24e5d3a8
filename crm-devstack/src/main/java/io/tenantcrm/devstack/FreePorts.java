package io.tenantcrm.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Picks loopback ports nobody listens on, so parallel runs and a developer's own servers never collide. They come
 * from below the kernel's ephemeral range (32768 and up on Linux): a port the kernel hands out for a listening
 * socket of the moment can be handed out again as the source port of an outgoing connection (a JDBC connection, a
 * readiness probe) before the server that was to bind it starts, and the server then fails with "address already
 * in use".
 */
public final class FreePorts {

    static final int FIRST = 20_000;
    static final int LAST = 32_000;
    private static final int TRIES = 200;

    private FreePorts() {
    }

    public static int next() {
        for (int i = 0; i < TRIES; i++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST);
            if (free(port)) {
                return port;
            }
        }
        throw new UncheckedIOException(new IOException("no free port on 127.0.0.1 between " + FIRST + " and " + LAST));
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The given port, or a free one when it is 0. */
    public static int orNext(int port) {
        return port == 0 ? next() : port;
    }
}
