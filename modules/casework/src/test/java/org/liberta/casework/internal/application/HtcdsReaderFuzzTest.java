package org.liberta.casework.internal.application;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.liberta.platform.api.InvalidInputException;

/**
 * A partner's HTCDS v2.0 workbook, as any bytes at all: read into records and rejected lines, or refused as a
 * whole naming a field; never another exception. The seed is a small filled template; findings land in
 * HtcdsReaderFuzzTestInputs/ in test resources.
 */
class HtcdsReaderFuzzTest {

    /**
     * POI logs every broken part it skips, with a stack trace: hundreds of thousands of inputs would fill the build's
     * log. Held here so the setting is not collected with the logger.
     */
    private static final java.util.logging.Logger POI = java.util.logging.Logger.getLogger("org.apache.poi");

    static {
        POI.setLevel(java.util.logging.Level.OFF);
    }

    @FuzzTest(maxExecutions = 8_000, maxDuration = "60s") // about 10 s here; see README, Fuzzing
    void anyWorkbookIsReadOrRefusedAsBadInput(byte[] file) {
        try {
            HtcdsReader.Reading reading = HtcdsReader.read(file);
            reading.rejected().forEach(r -> assertFalse(r.errors().isEmpty(), "a rejected line says why"));
        } catch (InvalidInputException refused) {
            assertFalse(refused.errors().isEmpty(), "a refusal names the field");
        }
    }
}
