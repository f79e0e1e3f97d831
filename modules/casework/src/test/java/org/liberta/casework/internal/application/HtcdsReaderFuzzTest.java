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

    @FuzzTest(maxDuration = "15s")
    void anyWorkbookIsReadOrRefusedAsBadInput(byte[] file) {
        try {
            HtcdsReader.Reading reading = HtcdsReader.read(file);
            reading.rejected().forEach(r -> assertFalse(r.errors().isEmpty(), "a rejected line says why"));
        } catch (InvalidInputException refused) {
            assertFalse(refused.errors().isEmpty(), "a refusal names the field");
        }
    }
}
