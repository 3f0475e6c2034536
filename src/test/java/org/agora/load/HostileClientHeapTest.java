package org.agora.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.SpringServlet;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.agora.AgoraTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * One anonymous client does what it can to fill the server's heap, over loopback and speaking
 * Vaadin's protocol: many UIs in one browser session, oversized values synced into the start
 * page's name field (one of them through the upload address trick), and many cookie-less
 * sessions. The server runs in this JVM, so the heap after a full collection before and after
 * is what the server kept for that client.
 */
class HostileClientHeapTest extends AgoraTest {

    private static final long MIB = 1024 * 1024;
    private static final int UIS_IN_ONE_SESSION = 20;
    private static final int OVERSIZED_VALUES = 14;
    private static final int COOKIELESS_SESSIONS = 170;

    @LocalServerPort
    int port;

    @Value("${agora.empty-sessions-per-address:150}")
    int emptyPerAddress;

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadin;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private URI base;

    @Test
    void one_hostile_client_grows_the_heap_by_less_than_twenty_mebibytes() throws Exception {
        base = URI.create("http://localhost:" + port + "/");
        assertThat(COOKIELESS_SESSIONS).isGreaterThan(emptyPerAddress);
        // Warm up: the classes, caches and bundles a first visitor loads are not the client's.
        for (int i = 0; i < 3; i++) {
            new VaadinClient(http, base).open("");
        }
        long before = retained();
        Map<String, Long> growth = new LinkedHashMap<>();
        long last = before;

        manyUisInOneSession();
        last = record(growth, "UIs in one session", last);
        int refused = oversizedValues();
        last = record(growth, "oversized values", last);
        boolean oldestEnded = cookielessSessions();
        last = record(growth, "cookie-less sessions", last);

        long total = last - before;
        System.out.printf(
                "Hostile client: heap %d KiB before, %d KiB after (+%d KiB); by attack %s; oversized values refused: %d of %d%n",
                before / 1024, last / 1024, total / 1024, kib(growth), refused, OVERSIZED_VALUES + 1);
        assertThat(total).as("heap growth in bytes, by attack %s", kib(growth)).isLessThan(20 * MIB);
        assertThat(oldestEnded)
                .as("the address's oldest empty session ended, beyond the limit of %d", emptyPerAddress)
                .isTrue();
    }

    @Test
    void a_session_that_holds_nobody_keeps_only_its_newest_ui() throws Exception {
        base = URI.create("http://localhost:" + port + "/");
        VaadinClient first = new VaadinClient(http, base).open("");
        VaadinClient second = first.sameSession().open("");
        assertThatThrownBy(() -> first.rpc(List.of(first.click(first.node("join")))))
                .hasMessageContaining("Session expired");
        second.rpc(List.of(second.click(second.node("join"))));
    }

    @Test
    void a_ui_whose_heartbeats_stopped_is_closed_after_three_missed_minutes() throws Exception {
        base = URI.create("http://localhost:" + port + "/");
        List<UI> opened = new CopyOnWriteArrayList<>();
        VaadinService service = vaadin.getServlet().getService();
        Registration watching = service.addUIInitListener(init -> opened.add(init.getUI()));
        try {
            VaadinClient quiet = new VaadinClient(http, base).open("");
            VaadinClient gone = new VaadinClient(http, base).open("");
            int timeout = (int) Math.round(service.getDeploymentConfiguration().getHeartbeatInterval() * 3.1);
            assertThat(timeout).as("seconds until an abandoned UI is closed").isBetween(90, 300);
            lastHeartbeat(opened.get(0), timeout - 10);
            lastHeartbeat(opened.get(1), timeout + 10);
            // Vaadin checks the heartbeats at the end of each request to the session: the request
            // that ends the silent UI may be one its page sent by itself after its heartbeat was
            // set back, or its next one, so one of its next two requests is refused.
            quiet.rpc(List.of(quiet.click(quiet.node("join"))));
            quiet.rpc(List.of(quiet.click(quiet.node("join"))));
            assertThatThrownBy(() -> {
                        gone.rpc(List.of(gone.click(gone.node("join"))));
                        gone.rpc(List.of(gone.click(gone.node("join"))));
                    })
                    .hasMessageContaining("Session expired");
            quiet.rpc(List.of(quiet.click(quiet.node("join"))));
        } finally {
            watching.remove();
        }
    }

    private static void lastHeartbeat(UI ui, int secondsAgo) {
        ui.accessSynchronously(
                () -> ui.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - secondsAgo * 1000L));
    }

    /** One browser session (its cookie kept) opening the start page again and again, as tabs or reloads. */
    private void manyUisInOneSession() throws IOException, InterruptedException {
        VaadinClient first = new VaadinClient(http, base).open("");
        for (int i = 1; i < UIS_IN_ONE_SESSION; i++) {
            first.open("");
        }
    }

    /**
     * Values of 900 KiB (under the message cap) synced into the name field of several start pages
     * in one session, and one of 2.9 MiB sent to the UIDL address with {@code &x=v-r=upload}.
     * Answers how many the server refused.
     */
    private int oversizedValues() throws InterruptedException {
        int refused = 0;
        List<VaadinClient> tabs = new ArrayList<>();
        for (int i = 0; i <= OVERSIZED_VALUES; i++) {
            VaadinClient tab = new VaadinClient(http, base);
            boolean trick = i == OVERSIZED_VALUES;
            String value = "x".repeat((int) (trick ? 2.9 * MIB : 900 * 1024));
            try {
                tab.open("");
                int name = tab.node("display-name");
                tab.rpc(
                        List.of(
                                tab.sync(name, "value", value),
                                tab.event(name, "change", UidlMessage.JSON.createObjectNode())),
                        trick ? "&x=v-r=upload" : "");
            } catch (IOException refusedOrDropped) {
                refused++;
            }
            tabs.add(tab);
        }
        tabs.clear();
        return refused;
    }

    /** A new session for every page: no cookie is ever sent back. Answers whether the first one ended. */
    private boolean cookielessSessions() throws IOException, InterruptedException {
        VaadinClient first = new VaadinClient(http, base).open("");
        for (int i = 1; i < COOKIELESS_SESSIONS; i++) {
            new VaadinClient(http, base).open("");
        }
        try {
            first.rpc(List.of(first.click(first.node("join"))));
            return false;
        } catch (IOException expired) {
            return expired.getMessage().contains("Session expired");
        }
    }

    private long record(Map<String, Long> growth, String attack, long last) {
        long now = retained();
        growth.put(attack, now - last);
        return now;
    }

    /**
     * Heap in use after full collections (the server shares this JVM): the least of five readings,
     * each after a collection, since other threads of the test JVM allocate between a collection
     * and its reading, while what the server keeps is in every reading.
     */
    private long retained() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            memory.gc();
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static String kib(Map<String, Long> growth) {
        StringBuilder text = new StringBuilder();
        growth.forEach((attack, bytes) -> text.append(text.length() == 0 ? "" : ", ")
                .append(attack)
                .append(' ')
                .append(bytes / 1024)
                .append(" KiB"));
        return text.toString();
    }
}
