package org.agora.base;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Adds {@link VendorLogPrivacy} to Logback right after Spring Boot has set logging up (which
 * resets Logback), so Boot's own default configuration stays as it is. Listed in
 * {@code META-INF/spring.factories}, as it must run before any bean exists.
 */
public final class VendorLogPrivacyInstaller
        implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getTurboFilterList().stream().noneMatch(VendorLogPrivacy.class::isInstance)) {
            VendorLogPrivacy filter = new VendorLogPrivacy();
            filter.setContext(logback);
            filter.start();
            logback.addTurboFilter(filter);
        }
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
