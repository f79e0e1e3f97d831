package org.liberta.platform.internal.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static AuditEntry entry(long seq, String detail, String prev) {
        return new AuditEntry(seq, Instant.ofEpochSecond(1_790_000_000L + seq), "admin", "UPDATE", "user", "7",
                detail, "127.0.0.1", prev);
    }

    @Test
    void eachEntryLinksToThePreviousOne() {
        AuditEntry first = entry(1, "roles [LAWYER]", AuditChain.GENESIS);
        AuditEntry second = entry(2, "enabled false", first.getHash());
        assertTrue(AuditChain.isIntact(first, AuditChain.GENESIS));
        assertTrue(AuditChain.isIntact(second, first.getHash()));
        assertFalse(AuditChain.isIntact(second, AuditChain.GENESIS), "out of place");
    }

    @Test
    void anyEditToAStoredEntryIsDetected() throws Exception {
        AuditEntry e = entry(1, "roles [LAWYER]", AuditChain.GENESIS);
        Field detail = AuditEntry.class.getDeclaredField("detail");
        detail.setAccessible(true);
        detail.set(e, "roles [ADMIN]");
        assertFalse(AuditChain.isIntact(e, AuditChain.GENESIS));
    }

    @Test
    void fieldBoundariesMatter() {
        AuditEntry a = new AuditEntry(1, Instant.EPOCH, "ab", "c", null, null, null, null, AuditChain.GENESIS);
        AuditEntry b = new AuditEntry(1, Instant.EPOCH, "a", "bc", null, null, null, null, AuditChain.GENESIS);
        assertNotEquals(a.getHash(), b.getHash());
    }
}
