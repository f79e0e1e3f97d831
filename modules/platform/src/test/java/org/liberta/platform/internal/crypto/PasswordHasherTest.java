package org.liberta.platform.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void storesPbkdf2Sha512AtTheStrengthSecurityMdAsksFor() {
        String stored = hasher.hash("a long enough passphrase");
        String[] parts = stored.split("\\$");
        assertEquals("pbkdf2-sha512", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000, "iterations");
    }

    @Test
    void verifiesTheRightPasswordOnlyAndSaltsEachHash() {
        String first = hasher.hash("correct horse battery");
        String second = hasher.hash("correct horse battery");
        assertNotEquals(first, second, "each hash has its own salt");
        assertTrue(hasher.verify("correct horse battery", first));
        assertTrue(hasher.verify("correct horse battery", second));
        assertFalse(hasher.verify("correct horse batterY", first));
        assertFalse(hasher.verify("correct horse battery", "md5$whatever"));
    }
}
