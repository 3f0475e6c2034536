package org.agora.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.SpringServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.agora.AgoraTest;
import org.agora.base.AnonymousMessageLimit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * A stranger on the start page opens its push websocket as the browser does and sends a Vaadin
 * message over it, the way no Agora page ever does (their messages go by HTTP, where
 * {@link AnonymousMessageLimit} bounds them): a 4 MiB value for the name field, in 16 KiB
 * websocket messages after a declared length, which Flow would join into one message of any length.
 */
class PushSocketMessageTest extends AgoraTest {

    private static final int VALUE_CHARS = 4 * 1024 * 1024;
    private static final int FRAGMENT = 16 * 1024;
    /** Before the fix the server answered such a message within 4 s; a refused one is never answered. */
    private static final int NO_ANSWER_SECONDS = 20;

    @LocalServerPort
    int port;

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadin;

    @Test
    void a_vaadin_message_sent_over_the_push_socket_is_refused_and_changes_nothing() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<UI> opened = new CopyOnWriteArrayList<>();
        VaadinService service = vaadin.getServlet().getService();
        Registration watching = service.addUIInitListener(init -> opened.add(init.getUI()));
        VaadinClient tab = new VaadinClient(http, URI.create("http://localhost:" + port + "/")).open("");
        try (PushSocket push = tab.openPush()) {
            UI ui = opened.get(opened.size() - 1);
            int name = tab.node("display-name");
            String message = tab.message(List.of(
                    tab.sync(name, "value", "x".repeat(VALUE_CHARS)),
                    tab.event(name, "change", UidlMessage.JSON.createObjectNode())));

            Object outcome = push.send(message, FRAGMENT)
                    .completeOnTimeout("no answer in " + NO_ANSWER_SECONDS + " s", NO_ANSWER_SECONDS, TimeUnit.SECONDS)
                    .get();

            int held = nameValue(ui).map(String::length).orElse(0);
            System.out.printf(
                    "Push socket message of %d KiB: %s; name field holds %d chars%n",
                    message.length() / 1024, outcome instanceof String why ? why : "answered by push", held);
            assertThat(held)
                    .as("characters the name field took from a message over the push socket")
                    .isLessThanOrEqualTo(AnonymousMessageLimit.VALUE_MAX);
            assertThat(outcome)
                    .as("the server closes a socket that sends a message")
                    .isInstanceOf(String.class);
        } finally {
            watching.remove();
        }
    }

    /**
     * The socket's buffers for what a browser sends are 1 KiB (a heartbeat is one character), not
     * Vaadin's 16 KiB: a 2 KiB message is too big for the socket itself (close code 1009), where
     * with 16 KiB buffers it reached the refusal (1008).
     */
    @Test
    void the_socket_holds_small_buffers_for_what_the_browser_sends() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        VaadinClient tab = new VaadinClient(http, URI.create("http://localhost:" + port + "/")).open("");
        try (PushSocket push = tab.openPush()) {
            Object outcome = push.send("x".repeat(2048), 4096)
                    .completeOnTimeout("no answer in " + NO_ANSWER_SECONDS + " s", NO_ANSWER_SECONDS, TimeUnit.SECONDS)
                    .get();
            assertThat(outcome).asString().startsWith("closed 1009");
        }
    }

    /** The value the server holds for the start page's name field. */
    private static Optional<String> nameValue(UI ui) {
        String[] value = new String[1];
        ui.accessSynchronously(() -> value[0] = find(ui, "display-name")
                .map(field -> String.valueOf(((HasValue<?, ?>) field).getValue()))
                .orElseThrow(() -> new AssertionError("no name field on the start page")));
        return Optional.ofNullable(value[0]);
    }

    private static Optional<Component> find(Component component, String id) {
        if (component.getId().filter(id::equals).isPresent()) {
            return Optional.of(component);
        }
        return component
                .getChildren()
                .map(child -> find(child, id))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
