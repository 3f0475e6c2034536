package org.agora;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every screen of Agora as the app registers it. Karibu's own discovery sees only public classes,
 * and route classes are package-private; Spring's scanner, which Vaadin uses in the app, sees all.
 */
public final class RouteClasses {

    private RouteClasses() {}

    /** Karibu's routes (its error views included) with every {@code @Route} class of Agora added. */
    public static Routes forKaribu() {
        Routes routes = new Routes().autoDiscoverViews("org.agora");
        routes.getRoutes().addAll(all());
        return routes;
    }

    /** Every class of Agora annotated with {@code @Route}, public or not. */
    public static Set<Class<? extends Component>> all() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<Class<? extends Component>> found = new LinkedHashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.agora")) {
            Class<?> type =
                    ClassUtils.resolveClassName(candidate.getBeanClassName(), RouteClasses.class.getClassLoader());
            found.add(type.asSubclass(Component.class));
        }
        return found;
    }
}
