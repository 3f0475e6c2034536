package org.agora.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Only Vaadin's own upload address is an upload; nothing in a query string makes one. */
class UploadAddressTest {

    private static MockHttpServletRequest post(String pathInfo, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", pathInfo);
        request.setServletPath("");
        request.setPathInfo(pathInfo);
        request.setQueryString(query);
        return request;
    }

    @Test
    void the_stream_address_of_an_upload_is_one() {
        assertThat(UploadAddress.matches(post("/VAADIN/dynamic/resource/3/4f1c2a/upload", null)))
                .isTrue();
    }

    @Test
    void a_vaadin_message_is_none_whatever_its_query_string_says() {
        assertThat(UploadAddress.matches(post("/", "v-r=uidl&v-uiId=0&x=v-r=upload")))
                .isFalse();
        assertThat(UploadAddress.matches(post("/", "v-r=upload&v-uiId=0"))).isFalse();
        assertThat(UploadAddress.matches(post("/", "x=/VAADIN/dynamic/resource/1/k/upload")))
                .isFalse();
        assertThat(UploadAddress.matches(post("/VAADIN/dynamic/resource/3/4f1c2a/upload", "v-r=uidl&v-uiId=3")))
                .isFalse();
        assertThat(UploadAddress.matches(post("/VAADIN/dynamic/resource/3/4f1c2a/upload", "%76-r=uidl")))
                .isFalse();
    }

    @Test
    void a_download_from_the_same_address_is_none() {
        MockHttpServletRequest get = post("/VAADIN/dynamic/resource/3/4f1c2a/export.csv", null);
        get.setMethod("GET");
        assertThat(UploadAddress.matches(get)).isFalse();
    }
}
