package org.agora.base;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.agora.AgoraTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The slow-body attack over loopback: 50 sockets declare a body and then send it a byte at a
 * time, never fast enough to trip a per-read timeout. Normal requests keep being answered, and
 * the server closes every slow socket within the body deadline plus one read timeout, leaving
 * a few short lines in the log, not a stack per socket, and never the client's address.
 */
class SlowBodyClientsTest extends AgoraTest {

    private static final int SOCKETS = 50;

    @LocalServerPort
    int port;

    @Value("${agora.request-body-deadline:20s}")
    Duration deadline;

    @Value("${server.tomcat.connection-timeout:10s}")
    Duration readTimeout;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void captureTheLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(log);
    }

    @AfterEach
    void stopCapturing() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(log);
        log.stop();
    }

    /** Worker threads now blocked reading a request from the network. */
    private static long workersReading() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().contains("exec"))
                .filter(e -> List.of(e.getValue()).stream()
                        .anyMatch(f -> f.getMethodName().equals("fillReadBuffer")))
                .count();
    }

    @Test
    void fifty_trickling_bodies_are_dropped_and_normal_requests_are_answered() throws Exception {
        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < SOCKETS; i++) {
                // Half at Vaadin's message address (read by the application), half at the
                // sign-in form (read by Tomcat itself for the form's parameters).
                String target = i % 2 == 0 ? "/?v-r=uidl&v-uiId=0" : "/login";
                String type = i % 2 == 0 ? "application/json" : "application/x-www-form-urlencoded";
                Socket socket = new Socket("127.0.0.1", port);
                socket.getOutputStream()
                        .write(("POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
                                        + "\r\nContent-Length: 10000\r\n\r\nx")
                                .getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            // One byte per socket every half second: the attack's pace, not a synchronisation.
            trickle.scheduleAtFixedRate(
                    () -> {
                        for (Socket socket : slow) {
                            try {
                                OutputStream out = socket.getOutputStream();
                                out.write('x');
                                out.flush();
                            } catch (IOException closed) {
                                // The server dropped it: what the test waits for.
                            }
                        }
                    },
                    500,
                    500,
                    TimeUnit.MILLISECONDS);

            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            for (int i = 0; i < 20; i++) {
                HttpResponse<Void> answer = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                assertThat(answer.statusCode())
                        .as("a normal request during the attack")
                        .isEqualTo(200);
            }
            System.out.println("Worker threads reading a request during the attack: " + workersReading());

            // Each slow socket must see the server end it: read to end of stream, bounded.
            int bound = (int) (deadline.plus(readTimeout).toMillis() + 5000);
            long started = System.nanoTime();
            String firstAnswer = null;
            for (Socket socket : slow) {
                socket.setSoTimeout(bound);
                String answer = readToEnd(socket.getInputStream());
                if (firstAnswer == null) {
                    firstAnswer = answer.lines().findFirst().orElse("");
                }
            }
            System.out.printf(
                    "All %d slow sockets closed by the server %.1f s after the last normal request;"
                            + " first answer \"%s\"; worker threads still reading: %d%n",
                    SOCKETS, (System.nanoTime() - started) / 1e9, firstAnswer, workersReading());

            // Every socket was answered, so whatever the server logs for it is in by now.
            List<ILoggingEvent> warnings = List.copyOf(log.list).stream()
                    .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                    .toList();
            warnings.forEach(e -> System.out.println("Logged during the attack: " + e.getFormattedMessage()));
            assertThat(warnings)
                    .as("what %d dropped sockets from one client leave in the log", SOCKETS)
                    .allMatch(e -> e.getThrowableProxy() == null, "no stack")
                    .allMatch(e -> !e.getFormattedMessage().contains("\n"), "one line")
                    .noneMatch(e -> e.getFormattedMessage().contains("127.0.0.1"))
                    .hasSizeLessThanOrEqualTo(5);
            assertThat(warnings.stream().filter(e -> e.getFormattedMessage().contains("deadline")))
                    .as("the drops are told, the first few times per client")
                    .hasSizeBetween(1, 3);
        } finally {
            trickle.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /** Reads until the server closes the connection; a read that waits out the bound fails the test. */
    private static String readToEnd(InputStream in) throws IOException {
        StringBuilder seen = new StringBuilder();
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                seen.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("The server still holds a trickling connection open", stillOpen);
        } catch (SocketException reset) {
            // A reset is the server closing it too.
        }
        return seen.toString();
    }
}
