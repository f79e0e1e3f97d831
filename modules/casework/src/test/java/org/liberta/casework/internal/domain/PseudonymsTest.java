package org.liberta.casework.internal.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PseudonymsTest {

    @Test
    void generatesTwoWordNamesAndNeverOneAlreadyTaken() {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 1500; i++) {
            String pseudonym = Pseudonyms.generate(taken::contains);
            assertFalse(taken.contains(pseudonym));
            assertTrue(pseudonym.matches("[A-Z][a-z]+ [A-Z][a-z]+( \\d+)?"), pseudonym);
            taken.add(pseudonym);
        }
    }
}
