package org.liberta.platform.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingTest {

    @TempDir
    Path dir;

    @Test
    void encryptsWithARandomIvAndBindsTheValueToItsPlace() throws Exception {
        KeyRing ring = KeyRing.fromFile(dir.resolve("vault.keys"));
        KeyRing.Sealed a = ring.encrypt("Canary Legalname", "row|1|legalName");
        KeyRing.Sealed b = ring.encrypt("Canary Legalname", "row|1|legalName");
        assertNotEquals(Arrays.toString(a.iv()), Arrays.toString(b.iv()));
        assertFalse(new String(a.cipherText(), StandardCharsets.ISO_8859_1).contains("Canary"));
        assertEquals("Canary Legalname", ring.decrypt(a.keyId(), a.iv(), a.cipherText(), "row|1|legalName"));
        // Copied onto another row, the value no longer authenticates.
        assertThrows(IllegalStateException.class, () -> ring.decrypt(a.keyId(), a.iv(), a.cipherText(), "row|2|legalName"));
    }

    @Test
    void createsTheKeyFileReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("keys/vault.keys");
        KeyRing.fromFile(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(KeyRing.fromFile(file).activeKeyId(), KeyRing.fromFile(file).activeKeyId(), "stable across reads");
    }

    @Test
    void rotationAddsANewActiveKeyAndOldValuesStillDecrypt() {
        KeyRing ring = KeyRing.fromFile(dir.resolve("vault.keys"));
        KeyRing.Sealed old = ring.encrypt("before rotation", "x");
        KeyRing rotated = ring.withNewActiveKey();
        assertNotEquals(ring.activeKeyId(), rotated.activeKeyId());
        assertEquals("before rotation", rotated.decrypt(old.keyId(), old.iv(), old.cipherText(), "x"));
        assertEquals(rotated.activeKeyId(), rotated.encrypt("after", "x").keyId());
        assertEquals(ring.blindIndex("survivor|legalName", "ana"), rotated.blindIndex("survivor|legalName", "ana"),
                "blind indexes survive rotation, so lookups keep working");
    }

    @Test
    void readsKeysFromTheEnvironmentFormat() {
        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        KeyRing ring = KeyRing.fromEnvironment("k2:" + key + ",k1:" + key, key);
        assertEquals("k2", ring.activeKeyId());
        assertTrue(ring.blindIndex("a", "b").matches("[0-9a-f]{64}"));
        assertThrows(IllegalStateException.class, () -> KeyRing.fromEnvironment("k1:" + key.substring(4), key));
    }
}
