package org.agora.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.agora.AgoraTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bodies over the cap are refused before Vaadin reads them. */
class RequestBodyLimitTest extends AgoraTest {

    @LocalServerPort
    int port;

    private int post(String query, long size) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?" + query))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[(int) size]))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void a_vaadin_message_over_one_mebibyte_is_refused_and_an_upload_may_be_larger() throws Exception {
        assertThat(post("v-r=uidl&v-uiId=0", RequestBodyLimit.BODY_MAX + 1)).isEqualTo(413);
        assertThat(post("v-r=upload&v-uiId=0", RequestBodyLimit.BODY_MAX + 1)).isNotEqualTo(413);
        assertThat(post("v-r=upload&v-uiId=0", RequestBodyLimit.UPLOAD_MAX + 1)).isEqualTo(413);
    }
}
