package org.agora.base;

import com.vaadin.flow.server.VaadinServlet;
import org.atmosphere.cpr.ApplicationConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * Names {@link PushMessageRefusal} to Atmosphere, which Vaadin starts for its servlet and which
 * takes its interceptors from that servlet's init parameters: added to Vaadin's servlet
 * registration as it is created, before the server starts.
 */
@Component
public class PushMessageRefusalRegistration implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof ServletRegistrationBean<?> registration
                && registration.getServlet() instanceof VaadinServlet) {
            registration.addInitParameter(
                    ApplicationConfig.ATMOSPHERE_INTERCEPTORS, PushMessageRefusal.class.getName());
        }
        return bean;
    }
}
