package org.agora.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production jar run as its own process with {@code -Xmx1g} on a fresh data directory and a
 * free loopback port, as a school would run it; measures its cold start and always ends it.
 */
final class AppUnderLoad implements AutoCloseable {

    private static final Pattern DEMO_CODE = Pattern.compile("join code ([A-Z0-9]{6})");
    private static final long START_SECONDS = 120;
    /** The first admin's password, chosen so that the load run's teacher can sign in without a change. */
    static final String ADMIN_PASSWORD = "load-run-teacher-2026";

    private final Path jar;
    private final Path dataDir;
    private final Path log;
    private final int port;
    private final CompletableFuture<String> demoCode = new CompletableFuture<>();
    private Process process;
    private long coldStartMillis;

    AppUnderLoad(Path jar, Path dataDir, Path log) throws IOException {
        this.jar = jar;
        this.dataDir = dataDir;
        this.log = log;
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        }
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    Path dataDir() {
        return dataDir;
    }

    long coldStartMillis() {
        return coldStartMillis;
    }

    /** The app's process id, for jcmd. */
    long pid() {
        return process.pid();
    }

    /** CPU time the app's process has used so far, in milliseconds (-1 if the OS does not say). */
    long cpuMillis() {
        return process == null
                ? -1
                : process.info()
                        .totalCpuDuration()
                        .map(java.time.Duration::toMillis)
                        .orElse(-1L);
    }

    /** Starts the jar and returns once the start page answers 200; the time taken is the cold start. */
    AppUnderLoad start(HttpClient http) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        // e.g. -Dagora.load.appJvmArgs=-XX:StartFlightRecording=filename=target/load.jfr to profile the app
        String extra = System.getProperty("agora.load.appJvmArgs", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("AGORA_DATA_DIR", dataDir.toString());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
        builder.environment().put("AGORA_DEMO_SESSION", "true");
        builder.environment().put("AGORA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // The harness is a whole school in one class from one loopback address: the limits that
        // stop one hostile client (issue 16) would stop it too, so they are lifted for the run.
        builder.environment().put("AGORA_JOINS_PER_ADDRESS_PER_MINUTE", "1000000");
        builder.environment().put("AGORA_MAX_STUDENTS", "1000000");
        builder.environment().put("AGORA_EMPTY_SESSIONS_PER_ADDRESS", "1000000");
        long begin = System.nanoTime();
        process = builder.start();
        Thread pump = new Thread(this::pumpLog, "app-log");
        pump.setDaemon(true);
        pump.start();
        long deadline = begin + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited at start; see " + log);
            }
            try {
                HttpResponse<Void> page = http.send(
                        HttpRequest.newBuilder(base())
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (page.statusCode() == 200) {
                    coldStartMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new IllegalStateException("The app did not serve its start page within " + START_SECONDS + " s");
    }

    private void pumpLog() {
        try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                out.flush();
                Matcher code = DEMO_CODE.matcher(line);
                if (code.find()) {
                    demoCode.complete(code.group(1));
                }
            }
        } catch (IOException e) {
            demoCode.completeExceptionally(e);
        }
        demoCode.completeExceptionally(new IllegalStateException("The app exited"));
    }

    /** The demo session's join code printed on a first start (waits up to 30 s). */
    String demoJoinCode() throws Exception {
        return demoCode.get(30, TimeUnit.SECONDS);
    }

    /** Stops the app as an operator would (SIGTERM), then hard if it does not end within 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
