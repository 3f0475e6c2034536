package org.agora.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Markdown report of a load run: the machine, then each scenario's figures and failures. */
final class LoadReport {

    private final StringBuilder text = new StringBuilder();

    LoadReport(String title) {
        text.append("# ")
                .append(title)
                .append("\n\n")
                .append("Run at ")
                .append(Instant.now())
                .append(" on ")
                .append(machine())
                .append(".\n");
    }

    /** Cores and memory as the JDK sees them. */
    static String machine() {
        long memory = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + (memory >> 20) + " MiB memory, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name");
    }

    /** CPU time this process (the load client) has used so far, in milliseconds. */
    static long ownCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    LoadReport section(String heading, String body) {
        text.append("\n## ").append(heading).append("\n\n").append(body).append("\n");
        return this;
    }

    /** A table of latencies with their names, then the failures grouped by reason. */
    LoadReport table(String heading, String intro, Map<String, Latencies> rows) {
        StringBuilder body = new StringBuilder(intro)
                .append("\n\n")
                .append(Latencies.header())
                .append('\n');
        rows.forEach((name, latencies) -> body.append(latencies.row(name)).append('\n'));
        rows.forEach((name, latencies) -> body.append(failures(name, latencies.failures())));
        return section(heading, body.toString());
    }

    private static String failures(String name, List<String> failures) {
        if (failures.isEmpty()) {
            return "";
        }
        Map<String, Integer> byReason = new TreeMap<>();
        failures.forEach(f -> byReason.merge(f.length() > 120 ? f.substring(0, 120) : f, 1, Integer::sum));
        StringBuilder out = new StringBuilder("\nFailures in ").append(name).append(":\n");
        byReason.forEach((reason, n) ->
                out.append("- ").append(n).append(" x ").append(reason).append('\n'));
        return out.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text.toString());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
