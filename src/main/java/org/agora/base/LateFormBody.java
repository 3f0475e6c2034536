package org.agora.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a posted form before anything else asks for its fields, so that a form body that missed
 * its deadline ({@link RequestBodyDeadline}) ends the request here, answered 408.
 *
 * <p>Tomcat reads a form's body the first time anyone asks for a parameter, and a failed read
 * does not throw: the fields are simply missing and the response is marked as failed. Whatever
 * came next went on regardless; Spring Security's CSRF check then tried to create a session on
 * that failed response, and each trickling sign-in form left an ERROR with a full stack in the
 * log. Runs after the body cap and the character encoding are set, before Spring Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class LateFormBody extends OncePerRequestFilter {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPostedForm(request)) {
            request.getParameterMap();
            if (RequestBodyDeadline.passed(request)) {
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isPostedForm(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith(FORM);
    }
}
