package org.agora.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.agora.base.SlidingLimit;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a stranger lock the owner out (decision 0028).
 * An attempt from a browser holding a valid device cookie for the name ({@link DeviceCookies})
 * is limited per device only: nobody else's failures touch it. Any other attempt is a
 * stranger's, limited per name and network address, per browser, per address whatever the
 * name, and per name whatever the client. Every limit counts the failures of the last
 * {@link #WINDOW}, so no span of that length holds more than the limit.
 */
@Component
public class LoginThrottle {

    /** Why an attempt is refused unchecked; names no person and no address, so it may be logged. */
    enum Pause {
        DEVICE,
        NAME_AND_ADDRESS,
        BROWSER,
        ADDRESS,
        NAME_WIDE
    }

    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Wrong passwords from one device-cookie browser for its own name. */
    static final int PER_DEVICE = 5;
    /** Wrong passwords for one name from one network address: the guessing rate of one client. */
    static final int PER_NAME_AND_ADDRESS = 5;
    /** Wrong passwords from one browser (its server session), whatever the names. */
    static final int PER_BROWSER = 5;
    /** Wrong passwords from one address whatever the names: a whole school may share one. */
    static final int PER_ADDRESS = 30;
    /** Wrong passwords for one name from all strangers together: what many addresses can add. */
    static final int PER_NAME = 50;

    private final SlidingLimit devices;
    private final SlidingLimit nameAtAddress;
    private final SlidingLimit browsers;
    private final SlidingLimit addresses;
    private final SlidingLimit names;

    LoginThrottle(Clock clock) {
        this.devices = new SlidingLimit(PER_DEVICE, WINDOW, clock);
        this.nameAtAddress = new SlidingLimit(PER_NAME_AND_ADDRESS, WINDOW, clock);
        this.browsers = new SlidingLimit(PER_BROWSER, WINDOW, clock);
        this.addresses = new SlidingLimit(PER_ADDRESS, WINDOW, clock);
        this.names = new SlidingLimit(PER_NAME, WINDOW, clock);
    }

    /**
     * Whether an attempt for {@code username} is to be refused before its password is checked;
     * {@code device} is the id of a valid device cookie for that name, if the browser sent one.
     */
    Optional<Pause> pause(String username, LoginClient client, Optional<String> device) {
        if (device.isPresent()) {
            return devices.exhausted(device.get()) ? Optional.of(Pause.DEVICE) : Optional.empty();
        }
        String name = key(username);
        if (client.address() != null && nameAtAddress.exhausted(pair(name, client.address()))) {
            return Optional.of(Pause.NAME_AND_ADDRESS);
        }
        if (client.browser() != null && browsers.exhausted(client.browser())) {
            return Optional.of(Pause.BROWSER);
        }
        if (client.address() != null && addresses.exhausted(client.address())) {
            return Optional.of(Pause.ADDRESS);
        }
        return names.exhausted(name) ? Optional.of(Pause.NAME_WIDE) : Optional.empty();
    }

    /**
     * A wrong password. From a device-cookie browser it counts for that device, and for its name
     * and address, so that dropping the cookie buys no extra guesses; it never counts against the
     * name as a whole or the address, where it would pause others.
     */
    void failed(String username, LoginClient client, Optional<String> device) {
        String name = key(username);
        if (client.address() != null) {
            nameAtAddress.record(pair(name, client.address()));
        }
        if (client.browser() != null) {
            browsers.record(client.browser());
        }
        if (device.isPresent()) {
            devices.record(device.get());
            return;
        }
        if (client.address() != null) {
            addresses.record(client.address());
        }
        names.record(name);
    }

    /**
     * A right password clears what this client did for the name; the address and the name-wide
     * count keep theirs, as they hold other people's failures too.
     */
    void succeeded(String username, LoginClient client, Optional<String> device) {
        device.ifPresent(devices::forget);
        if (client.address() != null) {
            nameAtAddress.forget(pair(key(username), client.address()));
        }
        if (client.browser() != null) {
            browsers.forget(client.browser());
        }
    }

    static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** An address holds no space, so the last space splits the pair unambiguously. */
    private static String pair(String name, String address) {
        return name + " " + address;
    }
}
