package org.liberta.courts.internal.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Relationship;

/**
 * A partner's court-case CSV, as any bytes at all: read into cases and rejected lines, or refused as a whole with
 * a reason naming a field; never another exception (which the API would answer with a 500). Seeds and any
 * finding live in CourtCaseCsvFuzzTestInputs/ beside this class's package in test resources.
 */
class CourtCaseCsvFuzzTest {

    private static final Map<String, ProgrammeSummary> MINE = Map.of("BD",
            new ProgrammeSummary(3, "BD", "Bangladesh", "BD", Relationship.DIRECT));

    @FuzzTest(maxExecutions = 60_000, maxDuration = "60s") // about 10 s here; see README, Fuzzing
    void anyFileIsReadOrRefusedAsBadInput(byte[] file) {
        try {
            CourtCaseCsv.Reading reading = CourtCaseCsv.read(file, MINE, LocalDate.of(2026, 11, 28));
            reading.rejected().forEach(r -> assertFalse(r.errors().isEmpty(), "a rejected line says why"));
            assertTrue(reading.lines().size() + reading.rejected().size() <= CourtCaseCsv.MAX_LINES);
        } catch (InvalidInputException refused) {
            assertFalse(refused.errors().isEmpty(), "a refusal names the field");
        }
    }
}
