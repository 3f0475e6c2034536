package org.agora.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.agora.AgoraTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Bodies over the cap are refused before Vaadin reads them. */
class RequestBodyLimitTest extends AgoraTest {

    @LocalServerPort
    int port;

    private int post(String query, long size) throws Exception {
        return postTo("/?" + query, size);
    }

    private int postTo(String pathAndQuery, long size) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[(int) size]))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * The status answered to a request that declares a body of {@code size} bytes and sends
     * none of it: a cap is enforced on the declared length at once, before any byte is read.
     */
    private int declaring(String pathAndQuery, long size) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + size + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @Test
    void a_vaadin_message_over_one_mebibyte_is_refused_and_an_upload_may_be_larger() throws Exception {
        assertThat(post("v-r=uidl&v-uiId=0", RequestBodyLimit.BODY_MAX + 1)).isEqualTo(413);
        String upload = "/VAADIN/dynamic/resource/0/0b87700d-1f9f-4c6a-8648-15b0839e495a/upload";
        assertThat(postTo(upload, RequestBodyLimit.BODY_MAX + 1)).isNotEqualTo(413);
        assertThat(declaring(upload, RequestBodyLimit.UPLOAD_MAX + 1)).isEqualTo(413);
    }

    /**
     * A web page of 5 MiB for the article importer passes the cap. Checked on the filter itself:
     * over a socket, a server that answers before it has read a large body resets the
     * connection, and the client may lose the answer.
     */
    @Test
    void an_upload_of_a_five_mebibyte_page_passes_the_cap() throws Exception {
        String upload = "/VAADIN/dynamic/resource/0/0b87700d-1f9f-4c6a-8648-15b0839e495a/upload";
        MockHttpServletRequest request = new MockHttpServletRequest("POST", upload);
        request.setServletPath(upload);
        request.setContent(new byte[5 * 1024 * 1024 + 1024]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new RequestBodyLimit().doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void naming_an_upload_in_the_query_string_does_not_lift_the_cap_of_a_vaadin_message() throws Exception {
        assertThat(post("v-r=uidl&v-uiId=0&x=v-r=upload", RequestBodyLimit.BODY_MAX + 1))
                .isEqualTo(413);
        assertThat(post("v-r=upload&v-uiId=0", RequestBodyLimit.BODY_MAX + 1)).isEqualTo(413);
        assertThat(postTo("/VAADIN/dynamic/resource/0/key/upload?v-r=uidl&v-uiId=0", RequestBodyLimit.BODY_MAX + 1))
                .isEqualTo(413);
    }
}
