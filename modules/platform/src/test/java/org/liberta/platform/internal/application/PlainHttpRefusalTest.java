package org.liberta.platform.internal.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Production over plain HTTP on an address others can reach does not start (docs/security.md item 6). */
class PlainHttpRefusalTest {

    private static final List<String> SETTINGS = List.of("liberta.demo", "liberta.bind.address", "liberta.https");

    @AfterEach
    void forget() {
        SETTINGS.forEach(System::clearProperty);
    }

    private static Bootstrap startingWith(String demo, String bind, String https) throws Exception {
        set("liberta.demo", demo);
        set("liberta.bind.address", bind);
        set("liberta.https", https);
        Bootstrap bootstrap = new Bootstrap();
        Field config = Bootstrap.class.getDeclaredField("config");
        config.setAccessible(true);
        config.set(bootstrap, new LibertaConfig());
        return bootstrap;
    }

    private static void set(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    @Test
    void productionOnAnOpenAddressOverPlainHttpIsRefused() throws Exception {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> startingWith("false", "0.0.0.0", null).refusePlainHttpInTheOpen());
        assertTrue(refused.getMessage().contains("LIBERTA_HTTPS=true"), refused.getMessage());
        assertThrows(IllegalStateException.class,
                () -> startingWith(null, "192.0.2.10", "false").refusePlainHttpInTheOpen());
    }

    @Test
    void loopbackDemoOrTlsInFrontStart() throws Exception {
        assertDoesNotThrow(() -> startingWith("false", null, null).refusePlainHttpInTheOpen());
        assertDoesNotThrow(() -> startingWith("false", "127.0.0.1", null).refusePlainHttpInTheOpen());
        assertDoesNotThrow(() -> startingWith("false", "::1", null).refusePlainHttpInTheOpen());
        assertDoesNotThrow(() -> startingWith("true", "0.0.0.0", null).refusePlainHttpInTheOpen());
        assertDoesNotThrow(() -> startingWith("false", "0.0.0.0", "true").refusePlainHttpInTheOpen());
    }
}
