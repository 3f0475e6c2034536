package org.agora.base;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link RequestBodyDeadline} into the embedded Tomcat, with the deadline of
 * {@code agora.request-body-deadline}: a trickling client is dropped within it plus one read
 * timeout ({@code server.tomcat.connection-timeout}).
 */
@Component
public class TomcatBodyDeadline implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final Duration deadline;

    public TomcatBodyDeadline(@Value("${agora.request-body-deadline:20s}") Duration deadline) {
        this.deadline = deadline;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextValves(new RequestBodyDeadline(deadline));
    }
}
