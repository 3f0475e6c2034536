package org.agora;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Another machine on the network, as far as the test server can tell: plain HTTP/1.1 over
 * loopback from a source address of its own ({@code 127.0.0.N}). A test that runs up a
 * per-address throttle does it from here, so no other test, all of which come from
 * 127.0.0.1, finds its address used up. One connection per request, closed after the reply.
 */
public final class LoopbackMachine {

    private static final int TIMEOUT_MS = 20_000;

    private final InetAddress source;
    private final int port;

    /** The machine at {@code 127.0.0.lastOctet}, talking to the test server on {@code port}. */
    public LoopbackMachine(int lastOctet, int port) throws IOException {
        this(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) lastOctet}), port);
    }

    /** The machine at a loopback address written out ("127.0.28.5"). */
    public LoopbackMachine(String loopbackAddress, int port) throws IOException {
        this(InetAddress.getByName(loopbackAddress), port);
    }

    private LoopbackMachine(InetAddress source, int port) {
        if (!source.isLoopbackAddress()) {
            throw new IllegalArgumentException("Not a loopback address: " + source);
        }
        this.source = source;
        this.port = port;
    }

    /** The address the server sees this machine at. */
    public String address() {
        return source.getHostAddress();
    }

    /** A reply: its status, its headers (names in lower case, in order) and its body as text. */
    public record Reply(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    public Reply get(String target, Map<String, String> headers) throws IOException {
        return send("GET", target, headers, null, null);
    }

    public Reply post(String target, Map<String, String> headers, String contentType, String body) throws IOException {
        return send("POST", target, headers, contentType, body);
    }

    private Reply send(String method, String target, Map<String, String> headers, String contentType, String body)
            throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(method)
                .append(' ')
                .append(target)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1:")
                .append(port)
                .append("\r\nConnection: close\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Reply read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("Not an HTTP reply: " + statusLine);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).stream()
                .anyMatch(v -> v.equalsIgnoreCase("chunked"));
        byte[] body = chunked ? chunks(in) : in.readAllBytes();
        return new Reply(Integer.parseInt(parts[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] chunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in).split(";", 2)[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            line(in);
        }
    }

    /** One header line without its CRLF. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("Connection closed mid-reply");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
