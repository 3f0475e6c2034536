package org.agora.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The password check, behind the throttle: a paused attempt is refused before the password is
 * looked at (sparing the slow hash too), and logged in one short line; a wrong password is
 * counted; a right one gives the browser a device cookie for the name.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final DeviceCookies devices;
    private final PausedSignInLog pausedLog;

    ThrottledSignIn(
            AuthenticationProvider passwords,
            LoginThrottle throttle,
            DeviceCookies devices,
            PausedSignInLog pausedLog) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.devices = devices;
        this.pausedLog = pausedLog;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = LoginThrottle.key(attempt.getName());
        LoginClient client = LoginClient.current();
        ServletRequestAttributes request = currentRequest();
        Optional<String> device = request == null ? Optional.empty() : devices.deviceFor(request.getRequest(), name);
        Optional<LoginThrottle.Pause> pause = throttle.pause(name, client, device);
        if (pause.isPresent()) {
            pausedLog.refused(pause.get(), client);
            throw new SignInPausedException();
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            throttle.failed(name, client, device);
            throw wrong;
        }
        throttle.succeeded(name, client, device);
        if (request != null && request.getResponse() != null) {
            HttpServletRequest servletRequest = request.getRequest();
            devices.issue(servletRequest, request.getResponse(), name);
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static ServletRequestAttributes currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes
                : null;
    }
}
