package org.agora.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A stranger's Vaadin message may carry a debate argument, not megabytes in a name field. */
class AnonymousMessageLimitTest {

    private static String sync(String value) {
        return "{\"csrfToken\":\"t\",\"rpc\":[{\"type\":\"mSync\",\"node\":7,\"feature\":1,\"property\":\"value\","
                + "\"value\":\"" + value + "\"}],\"syncId\":1,\"clientId\":1}";
    }

    private static int send(String body, boolean signedIn) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setContentType("application/json; charset=UTF-8");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        if (signedIn) {
            request.setUserPrincipal(() -> "teacher");
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new AnonymousMessageLimit().doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            // What Vaadin reads is the message as sent.
            assertThat(new String(chain.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(body);
        }
        return response.getStatus();
    }

    @Test
    void the_longest_argument_a_student_may_type_passes_in_any_script() throws Exception {
        assertThat(send(sync("論".repeat(4000)), false)).isEqualTo(200);
        assertThat(send(sync("😀".repeat(2000)), false)).isEqualTo(200);
    }

    @Test
    void an_oversized_value_from_a_stranger_is_refused() throws Exception {
        assertThat(send(sync("x".repeat(AnonymousMessageLimit.VALUE_MAX + 1)), false))
                .isEqualTo(413);
        assertThat(send(sync("x".repeat(900 * 1024)), false)).isEqualTo(413);
    }

    @Test
    void many_values_that_add_up_past_the_message_cap_are_refused() throws Exception {
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 10; i++) {
            many.append(i == 0 ? "" : ",").append('"').append("y".repeat(4000)).append('"');
        }
        assertThat(send(sync("a").replace("\"a\"", many + "]"), false)).isEqualTo(413);
    }

    @Test
    void staff_may_paste_a_whole_article() throws Exception {
        assertThat(send(sync("x".repeat(200 * 1024)), true)).isEqualTo(200);
    }
}
