package org.agora.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's live heap: a full collection through {@code jcmd GC.run}, then the heap's used size
 * from {@code jcmd GC.heap_info}. What is left after a full collection is what the app retains.
 */
final class HeapProbe {

    private static final Pattern USED = Pattern.compile("heap\\s+total\\s+\\d+K,\\s+used\\s+(\\d+)K");

    private final long pid;

    HeapProbe(long pid) {
        this.pid = pid;
    }

    /** Heap in use after a full collection, in KiB. */
    long retainedKib() throws IOException, InterruptedException {
        jcmd("GC.run");
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = USED.matcher(info);
        if (!used.find()) {
            throw new IOException("jcmd GC.heap_info said nothing about the heap: " + info);
        }
        return Long.parseLong(used.group(1));
    }

    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /** Bytes of live heap per class (the histogram forces a full collection first). */
    Map<String, Long> bytesByClass() throws IOException, InterruptedException {
        Map<String, Long> bytes = new HashMap<>();
        jcmd("GC.class_histogram")
                .lines()
                .map(HISTOGRAM_ROW::matcher)
                .filter(Matcher::find)
                .forEach(row -> bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum));
        return bytes;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process process = new ProcessBuilder(jcmd, String.valueOf(pid), command)
                .redirectErrorStream(true)
                .start();
        // Read before waiting: a long answer (the histogram) would otherwise fill the pipe and block jcmd.
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("jcmd " + command + " did not end within 60 s");
        }
        if (process.exitValue() != 0) {
            throw new IOException("jcmd " + command + " failed: " + out);
        }
        return out;
    }
}
