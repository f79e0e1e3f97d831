package org.liberta.platform.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongUncommonPassphraseWithoutCompositionRules() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("rivers run to the sea at dusk", "navigator"));
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("নদী সাগরে মেশে সন্ধ্যায়", "navigator"));
    }

    @Test
    void rejectsShortLongCommonAndUsernameBasedPasswords() {
        assertTrue(PasswordPolicy.problemWith("short", "x").orElseThrow().contains("12 to 128"));
        assertTrue(PasswordPolicy.problemWith("a".repeat(129), "x").orElseThrow().contains("12 to 128"));
        assertTrue(PasswordPolicy.problemWith("Password1234", "x").orElseThrow().contains("too common"));
        assertTrue(PasswordPolicy.problemWith("abababababababab", "x").orElseThrow().contains("too common"));
        assertTrue(PasswordPolicy.problemWith("my name is lawyer.bd ok", "lawyer.bd").orElseThrow().contains("username"));
        assertTrue(PasswordPolicy.problemWith(null, "x").isPresent());
    }
}
