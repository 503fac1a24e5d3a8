package io.tenantcrm.launcher;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Fresh random passwords for throw-away stacks. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
