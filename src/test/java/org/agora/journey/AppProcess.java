package org.agora.journey;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agora started as a process of its own on a data directory and a loopback port, as a school
 * would run it, so that a test can stop it hard and start it again on the same data. Its log
 * goes to target/app-process-N.log. Every wait is bounded.
 */
final class AppProcess implements AutoCloseable {

    /** AGORA_ADMIN_PASSWORD: the first admin must replace it at the first sign-in. */
    static final String ADMIN_PASSWORD = "process-admin-password";

    /** What a journey replaces {@link #ADMIN_PASSWORD} by at the first sign-in. */
    static final String ADMIN_OWN_PASSWORD = "the admin's own password";

    private static final Pattern STARTED = Pattern.compile("Started AgoraApplication");
    private static final Pattern DEMO_CODE = Pattern.compile("join code ([A-Z0-9]{6})");
    private static final long START_SECONDS = 120;
    private static int runs;

    private final Path dataDir;
    private final int port;
    private Process process;
    private CompletableFuture<Void> started;
    private final CompletableFuture<String> demoCode = new CompletableFuture<>();

    /** On a free loopback port. */
    AppProcess(Path dataDir) throws IOException {
        this(dataDir, freePort());
    }

    /** On this port: a restart keeps the address students have open. */
    AppProcess(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** Starts the app and returns once it serves requests. */
    AppProcess start() throws Exception {
        // C1 only: a process that lives for seconds starts about 3 s sooner (11 s to 8 s here).
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        runtimeClassPath(),
                        "org.agora.AgoraApplication")
                .redirectErrorStream(true);
        builder.environment().put("AGORA_DATA_DIR", dataDir.toString());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("AGORA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("AGORA_DEMO_SESSION", "true");
        builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
        process = builder.start();
        started = new CompletableFuture<>();
        Path log = Path.of("target", "app-process-" + (++runs) + ".log");
        Files.createDirectories(log.getParent());
        Thread pump = new Thread(() -> pump(log), "app-process-log");
        pump.setDaemon(true);
        pump.start();
        try {
            started.get(START_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            close();
            throw new IllegalStateException("Agora did not start within " + START_SECONDS + " s; see " + log, e);
        }
        return this;
    }

    /**
     * Agora's classes and its runtime dependencies, as a school's server has them: none of the
     * test libraries, test classes or test resources (so no test profile either). The build
     * writes the dependencies' list before the tests run.
     */
    private static String runtimeClassPath() throws IOException {
        Path list = Path.of("target", "runtime-classpath.txt");
        if (!Files.isRegularFile(list)) {
            throw new IllegalStateException(list + " is missing: run the tests through Maven (mvn test), "
                    + "whose generate-test-resources phase writes it");
        }
        return Path.of("target", "classes").toAbsolutePath()
                + File.pathSeparator
                + Files.readString(list).strip();
    }

    private void pump(Path log) {
        try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                out.flush();
                if (STARTED.matcher(line).find()) {
                    started.complete(null);
                }
                Matcher code = DEMO_CODE.matcher(line);
                if (code.find()) {
                    demoCode.complete(code.group(1));
                }
            }
        } catch (IOException e) {
            started.completeExceptionally(e);
        }
        started.completeExceptionally(new IllegalStateException("Agora exited"));
        demoCode.completeExceptionally(new IllegalStateException("Agora exited"));
    }

    /** The join code of the demo session a first run prints just after start-up (waits up to 30 s). */
    String demoJoinCode() throws Exception {
        return demoCode.get(30, TimeUnit.SECONDS);
    }

    /** Ends the process at once (SIGKILL), as a power cut or an out-of-memory kill would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Agora did not end within 30 s of SIGKILL");
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
