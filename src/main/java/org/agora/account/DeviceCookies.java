package org.agora.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The browser someone signed in from before, recognised by a signed cookie (OWASP's "device
 * cookie"): it names the account and a random device id, expires, and carries an HMAC under
 * {@link DeviceKey}. Sign-in attempts that bring a valid one for the name they try are counted
 * per device only, so strangers' failures never pause the owner's own browser. It proves that
 * this browser once knew the password, nothing more: it signs nobody in.
 */
@Component
class DeviceCookies {

    static final String COOKIE = "agora-device";
    static final Duration LIFETIME = Duration.ofDays(180);

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Far more than a name (60), an id, an expiry and a MAC take: anything longer is not ours. */
    private static final int MAX_LENGTH = 300;

    private final SecretKeySpec key;
    private final Clock clock;

    DeviceCookies(DeviceKey key, Clock clock) {
        this.key = new SecretKeySpec(key.bytes(), "HmacSHA256");
        this.clock = clock;
    }

    /** The device id, if the request carries a valid, unexpired device cookie for {@code name}. */
    Optional<String> deviceFor(HttpServletRequest request, String name) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                Optional<String> device = verify(cookie.getValue(), name);
                if (device.isPresent()) {
                    return device;
                }
            }
        }
        return Optional.empty();
    }

    /** Gives this browser a new device cookie for {@code name}, after a right password. */
    void issue(HttpServletRequest request, HttpServletResponse response, String name) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        ResponseCookie cookie = ResponseCookie.from(COOKIE, value(name, newDeviceId()))
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path(path)
                .maxAge(LIFETIME)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /** name.device.expiry.mac, each part URL-safe Base64 or digits. */
    String value(String name, String deviceId) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        String payload = ENCODE.encodeToString(name.getBytes(StandardCharsets.UTF_8)) + "." + deviceId + "." + expires;
        return payload + "." + ENCODE.encodeToString(mac(payload));
    }

    Optional<String> verify(String value, String name) {
        if (value == null || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int lastDot = value.lastIndexOf('.');
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4 || lastDot < 0) {
            return Optional.empty();
        }
        String payload = value.substring(0, lastDot);
        try {
            if (!MessageDigest.isEqual(mac(payload), DECODE.decode(parts[3]))) {
                return Optional.empty();
            }
            boolean forName = new String(DECODE.decode(parts[0]), StandardCharsets.UTF_8).equals(name);
            boolean current = Long.parseLong(parts[2]) > clock.instant().getEpochSecond();
            return forName && current ? Optional.of(parts[1]) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String newDeviceId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return ENCODE.encodeToString(id);
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
