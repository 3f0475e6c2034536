package org.agora.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** The address people use to reach this app, as the current request shows it. */
public final class PublicUrl {

    private PublicUrl() {}

    /** For example "http://school-server:8080/"; "/" when called outside a request. */
    public static String base() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        HttpServletRequest http = request.getHttpServletRequest();
        boolean defaultPort = http.getScheme().equals("http") && http.getServerPort() == 80
                || http.getScheme().equals("https") && http.getServerPort() == 443;
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath() + "/";
    }
}
