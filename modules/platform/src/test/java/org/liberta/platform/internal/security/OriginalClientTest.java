package org.liberta.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class OriginalClientTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5");

    @Test
    void behindTheTrustedProxyTheClientIsTheHopItSaw() {
        assertEquals("198.51.100.7", OriginalClient.address("10.0.0.5", "198.51.100.7", PROXY));
        assertEquals("198.51.100.7", OriginalClient.address("10.0.0.5", "6.6.6.6, 198.51.100.7", PROXY),
                "whatever a client wrote in front of the list is not believed");
        assertEquals("2001:db8::17", OriginalClient.address("10.0.0.5", "2001:db8::17, 10.0.0.5", PROXY),
                "trusted hops are skipped");
    }

    @Test
    void fromAnyoneElseOrWithoutTheHeaderTheConnectionIsTheClient() {
        assertEquals("198.51.100.9", OriginalClient.address("198.51.100.9", "1.2.3.4", PROXY),
                "a client cannot name another address to dodge the throttle");
        assertEquals("10.0.0.5", OriginalClient.address("10.0.0.5", null, PROXY));
        assertEquals("10.0.0.5", OriginalClient.address("10.0.0.5", "not an address<script>", PROXY));
        assertEquals("127.0.0.1", OriginalClient.address("127.0.0.1", "1.2.3.4", Set.of()), "no proxy unless configured");
    }
}
