package org.agora.base;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request is a file upload as Vaadin 24.9 sends one: a POST to the upload's own
 * stream address {@code /VAADIN/dynamic/resource/<ui>/<key>/<name>}, the address an {@code
 * Upload} with an {@code UploadHandler} gets. Flow has no {@code v-r=upload} request type, so a
 * {@code v-r} parameter of any value means a Vaadin message instead, and such a request is no
 * upload wherever its path points. Only the servlet's decoded, normalised path counts, so
 * neither a query string nor dot segments can smuggle the address.
 */
final class UploadAddress {

    static final String PREFIX = "/VAADIN/dynamic/resource/";

    private UploadAddress() {}

    static boolean matches(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return false;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith(PREFIX)
                && QueryParameter.first(request.getQueryString(), "v-r").isEmpty();
    }
}
