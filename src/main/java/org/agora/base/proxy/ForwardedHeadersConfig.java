package org.agora.base.proxy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link ForwardedHeadersValve} in front of the app, believing the proxies listed in
 * {@code agora.trusted-proxies} ({@code AGORA_TRUSTED_PROXIES}). A bad entry stops start-up:
 * running on with a proxy silently untrusted would key every throttle on the proxy, and
 * running on with one silently trusted would let clients claim any address.
 */
@Configuration
class ForwardedHeadersConfig {

    private static final Logger log = LoggerFactory.getLogger(ForwardedHeadersConfig.class);

    @Bean
    TrustedProxies trustedProxies(@Value("${agora.trusted-proxies:}") String setting) {
        TrustedProxies proxies = TrustedProxies.parse(setting);
        if (proxies.isEmpty()) {
            log.info("Forwarded headers are believed from no proxy (AGORA_TRUSTED_PROXIES is empty)");
        } else {
            log.info("Forwarded headers are believed only from these proxies: {}", proxies);
        }
        return proxies;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> forwardedHeaders(TrustedProxies proxies) {
        return factory -> factory.addEngineValves(new ForwardedHeadersValve(proxies));
    }
}
