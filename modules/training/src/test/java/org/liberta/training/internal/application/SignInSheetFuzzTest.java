package org.liberta.training.internal.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.liberta.platform.api.InvalidInputException;

/**
 * A session's sign-in sheet, CSV or XLSX, as any bytes at all: read into attendees and rejected lines, or refused
 * as a whole naming a field; never another exception. Seeds and findings: SignInSheetFuzzTestInputs/ in test
 * resources.
 */
class SignInSheetFuzzTest {

    /**
     * POI logs every broken part it skips, with a stack trace: hundreds of thousands of inputs would fill the build's
     * log. Held here so the setting is not collected with the logger.
     */
    private static final java.util.logging.Logger POI = java.util.logging.Logger.getLogger("org.apache.poi");

    static {
        POI.setLevel(java.util.logging.Level.OFF);
    }

    @FuzzTest(maxExecutions = 100_000, maxDuration = "60s") // about 10 s here; see README, Fuzzing
    void anySheetIsReadOrRefusedAsBadInput(byte[] file) {
        try {
            SignInSheet.Reading reading = SignInSheet.read(file, "Border Force", "POLICE");
            reading.rejected().forEach(r -> assertFalse(r.errors().isEmpty(), "a rejected line says why"));
            assertTrue(reading.lines().size() + reading.rejected().size() <= SignInSheet.MAX_ROWS);
        } catch (InvalidInputException refused) {
            assertFalse(refused.errors().isEmpty(), "a refusal names the field");
        }
    }
}
