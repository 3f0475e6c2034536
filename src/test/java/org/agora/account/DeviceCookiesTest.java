package org.agora.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A device cookie proves only what the server signed: this name, this device, until it expires. */
class DeviceCookiesTest {

    @TempDir
    Path dataDir;

    private final LoginThrottleTest.ManualClock clock = new LoginThrottleTest.ManualClock();

    @Test
    void a_cookie_is_valid_for_its_own_name_until_it_expires_and_not_once_altered() {
        DeviceCookies cookies = new DeviceCookies(new DeviceKey(dataDir.toString()), clock);
        String value = cookies.value("ms.keller", "device-1");

        assertThat(cookies.verify(value, "ms.keller")).hasValue("device-1");
        assertThat(cookies.verify(value, "mr.other")).isEmpty();
        assertThat(cookies.verify(value.replace("device-1", "device-2"), "ms.keller"))
                .isEmpty();
        assertThat(cookies.verify(value.substring(0, value.length() - 2) + "AA", "ms.keller"))
                .isEmpty();
        assertThat(cookies.verify("not.a.cookie.at-all", "ms.keller")).isEmpty();
        assertThat(cookies.verify("x".repeat(5000), "ms.keller")).isEmpty();

        clock.advance(DeviceCookies.LIFETIME.plus(Duration.ofSeconds(1)));
        assertThat(cookies.verify(value, "ms.keller")).as("expired").isEmpty();
    }

    @Test
    void the_key_is_kept_owner_only_survives_a_restart_and_another_key_refuses_the_cookie(@TempDir Path other)
            throws Exception {
        String value = new DeviceCookies(new DeviceKey(dataDir.toString()), clock).value("ms.keller", "device-1");

        assertThat(new DeviceCookies(new DeviceKey(dataDir.toString()), clock).verify(value, "ms.keller"))
                .as("after a restart")
                .hasValue("device-1");
        assertThat(new DeviceCookies(new DeviceKey(other.toString()), clock).verify(value, "ms.keller"))
                .as("another server's key")
                .isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(DeviceKey.FILE))))
                .isEqualTo("rw-------");
    }
}
