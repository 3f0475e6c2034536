package org.agora.base;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what a Vaadin message from someone not signed in can carry: at most {@link #MESSAGE_MAX}
 * bytes, and no text value over {@link #VALUE_MAX} characters. Vaadin stores a synced property as
 * sent, whatever the field's {@code maxLength} in the browser, so without this a stranger could
 * park megabytes in a start page's name field. The longest text a student may type is a debate
 * argument (2,000 code points, a field of 4,000 characters); staff keep the general 1 MiB cap
 * of {@link RequestBodyLimit}, for an article pasted whole. Runs after Spring Security, which is
 * what tells a signed-in request apart.
 */
@Component
public class AnonymousMessageLimit extends OncePerRequestFilter {

    public static final int MESSAGE_MAX = 32 * 1024;
    public static final int VALUE_MAX = 8 * 1024;

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod()) || request.getUserPrincipal() != null || !isVaadinMessage(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MESSAGE_MAX) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), MESSAGE_MAX);
        if (body == null || hasLongText(body)) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    /** A Vaadin message: {@code v-r=uidl}, read as Flow reads the parameter. */
    private static boolean isVaadinMessage(HttpServletRequest request) {
        return QueryParameter.first(request.getQueryString(), "v-r")
                .filter("uidl"::equals)
                .isPresent();
    }

    /** The body, or null when it is longer than {@code max}. */
    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }

    private static boolean hasLongText(byte[] body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
                        && parser.getTextLength() > VALUE_MAX) {
                    return true;
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException malformed) {
            // Vaadin answers a malformed message itself.
        }
        return false;
    }

    /** The request with its body read already, handed on as read. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
