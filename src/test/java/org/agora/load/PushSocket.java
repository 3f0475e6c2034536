package org.agora.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A tab's push connection: Vaadin's websocket through Atmosphere. With track-message-size each
 * message comes as {@code length|text}, and a frame may hold part of one or several; the texts
 * that are UIDL messages go to the tab, the rest (Atmosphere's handshake, heartbeats) is skipped.
 */
final class PushSocket implements WebSocket.Listener, AutoCloseable {

    private final Consumer<JsonNode> messages;
    private final StringBuilder pending = new StringBuilder();
    private final AtomicInteger received = new AtomicInteger();
    private volatile WebSocket socket;
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private volatile CompletableFuture<JsonNode> next = new CompletableFuture<>();

    private PushSocket(Consumer<JsonNode> messages) {
        this.messages = messages;
    }

    /** Connects and returns once the socket is open (or throws within 30 s). */
    static PushSocket open(HttpClient http, URI uri, String cookies, Consumer<JsonNode> messages) {
        PushSocket push = new PushSocket(messages);
        try {
            push.socket = http.newWebSocketBuilder()
                    .header("Cookie", cookies)
                    .connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(uri, push)
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            String why = e.getCause() instanceof java.net.http.WebSocketHandshakeException refused
                    ? "HTTP " + refused.getResponse().statusCode() + " "
                            + refused.getResponse().body()
                    : String.valueOf(e.getCause());
            throw new IllegalStateException("Push connection refused: " + why, e);
        } catch (Exception e) {
            throw new IllegalStateException("Push connection refused: " + e, e);
        }
        return push;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        synchronized (pending) {
            pending.append(data);
            for (String text = nextMessage(pending); text != null; text = nextMessage(pending)) {
                handle(text);
            }
        }
        webSocket.request(1);
        return null;
    }

    /** Takes the next whole {@code length|text} message off the buffer, or null if none is whole yet. */
    static String nextMessage(StringBuilder buffer) {
        int bar = buffer.indexOf("|");
        if (bar <= 0) {
            return null;
        }
        int length;
        try {
            length = Integer.parseInt(buffer.substring(0, bar).trim());
        } catch (NumberFormatException notFramed) {
            buffer.setLength(0);
            return null;
        }
        if (buffer.length() < bar + 1 + length) {
            return null;
        }
        String text = buffer.substring(bar + 1, bar + 1 + length);
        buffer.delete(0, bar + 1 + length);
        return text;
    }

    private void handle(String text) {
        String trimmed = text.trim();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("for(;;);") && !trimmed.startsWith("[")) {
            return;
        }
        try {
            JsonNode message =
                    trimmed.startsWith("{") ? UidlMessage.JSON.readTree(trimmed) : UidlMessage.fromUidl(trimmed);
            messages.accept(message);
            received.incrementAndGet();
            next.complete(message);
        } catch (IOException | RuntimeException unreadable) {
            System.err.println("Unreadable push message: " + unreadable);
        }
    }

    /**
     * Sends a Vaadin message to the server over this socket, as Atmosphere's client would with
     * track-message-size: {@code length|text}, cut into websocket messages of {@code fragment}
     * characters. Answers the server's next UIDL message, or the socket's closing, whichever comes first.
     */
    CompletableFuture<Object> send(String text, int fragment) {
        next = new CompletableFuture<>();
        CompletableFuture<Object> answer = CompletableFuture.anyOf(next, closed);
        String framed = text.length() + "|" + text;
        try {
            for (int at = 0; at < framed.length() && !closed.isDone(); at += fragment) {
                socket.sendText(framed.substring(at, Math.min(framed.length(), at + fragment)), true)
                        .get(30, TimeUnit.SECONDS);
            }
        } catch (Exception refused) {
            closed.complete("send failed: " + refused);
        }
        return answer;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete("closed " + statusCode + " " + reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete("failed: " + error);
    }

    /** UIDL messages received so far. */
    int received() {
        return received.get();
    }

    @Override
    public void close() {
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
    }
}
