package io.tenantcrm.launcher.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** What the figures were measured on: cores, processor, memory, JDK. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = line(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).trim())
                .orElse("unknown processor");
        String memory = line(Path.of("/proc/meminfo"), "MemTotal").map(l -> {
            long kib = Long.parseLong(l.replaceAll("\\D", ""));
            return Math.round(kib / 1024.0 / 1024.0) + " GiB";
        }).orElse("unknown memory");
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + ", JDK "
                + System.getProperty("java.version");
    }

    private static Optional<String> line(Path file, String prefix) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
