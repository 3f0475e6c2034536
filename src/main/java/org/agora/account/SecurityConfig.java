package org.agora.account;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.Map;
import org.agora.account.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Sign-in for teachers and admins. Every view declares who may open it; Vaadin's
 * configurer refuses the rest and sends anonymous visitors of staff screens to the login.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    /**
     * As strict as Vaadin Flow allows: its pages start with an inline script, it runs the
     * server's JavaScript calls through {@code Function} (hence 'unsafe-eval'), and its
     * components add inline styles. Everything else comes from Agora itself; no page may be
     * framed, and no plug-in, form target or base address elsewhere is allowed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, CurrentActor currentActor)
            throws Exception {
        // After sign-in, staff land on their sessions unless they were on their way to another page.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class, "/")
                        .defaultSuccessUrl("/teacher")
                        .enableCsrfConfiguration(false));
        // Vaadin's own CSRF set-up also exempts the sign-in form, which lets another site sign a
        // browser into an account of its choosing. Only Vaadin's internal requests, which carry
        // Vaadin's own security key, are exempt here; the sign-in form sends Spring's token,
        // which the page carries in its _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.exceptionHandling(handling -> handling.defaultAccessDeniedHandlerFor(
                staleSignInPage(), PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")));
        http.formLogin(form -> form.failureHandler(signInFailure()));
        http.addFilterAfter(new DisabledSessionEnd(currentActor, vaadinRequests), AnonymousAuthenticationFilter.class);
        http.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /**
     * A sign-in without a valid CSRF token (a form posted from another site, or a sign-in page
     * left open past the end of its server session) is not signed in; the page is loaded afresh
     * and says why, instead of a bare 403.
     */
    private static AccessDeniedHandler staleSignInPage() {
        return (request, response, denied) ->
                response.sendRedirect(request.getContextPath() + "/login?" + LoginView.EXPIRED);
    }

    /**
     * A disabled account's owner is told so; a paused attempt that it is paused (its password was not
     * checked); every other failure gets the same "wrong username or password".
     */
    private static AuthenticationFailureHandler signInFailure() {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setExceptionMappings(Map.of(
                DisabledException.class.getName(), "/login?" + LoginView.DISABLED,
                SignInPausedException.class.getName(), "/login?" + LoginView.PAUSED));
        failure.setDefaultFailureUrl("/login?error");
        return failure;
    }

    /** Every sign-in goes through the throttle before its password is checked (decision 0028). */
    @Bean
    AuthenticationProvider authenticationProvider(
            AccountUserDetailsService users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            DeviceCookies devices,
            PausedSignInLog pausedLog) {
        return new ThrottledSignIn(passwordCheck(users, encoder), throttle, devices, pausedLog);
    }

    /**
     * Sign-in checks the password before whether the account is enabled (Spring's default is the
     * other way round): "account disabled" is said only to someone who knows the password, so a
     * stranger learns nothing of which accounts exist, and a wrong password for a disabled account
     * counts for the throttle like any other.
     */
    private static DaoAuthenticationProvider passwordCheck(AccountUserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account disabled");
            }
        });
        return provider;
    }

    /**
     * BCrypt at the cost set in application.properties (12: about a quarter of a second per check
     * here, slow enough to hurt guessing); only the test profile lowers it, to keep fixtures fast.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${agora.password-hash-cost}") int cost) {
        return new BCryptPasswordEncoder(cost);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
