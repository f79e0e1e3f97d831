package org.liberta.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.Jsonb;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.apache.poi.ss.usermodel.Workbook;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.sheets.CsvReader;
import org.liberta.platform.api.sheets.UntrustedWorkbooks;

/**
 * The platform's readers of outside input, fuzzed together (Jazzer fuzzes one test per run): CSV files, Excel
 * workbooks, and JSON bodies read with the API's own JSON-B settings. A file is read or refused naming a field; a
 * body that cannot be read translates to 400 naming a field, never a 500. The first byte chooses the reader.
 * Seeds and findings: UntrustedInputFuzzTestInputs/ in test resources.
 */
class UntrustedInputFuzzTest {

    /**
     * POI logs every broken part it skips, with a stack trace: hundreds of thousands of inputs would fill the build's
     * log. Held here so the setting is not collected with the logger.
     */
    private static final java.util.logging.Logger POI = java.util.logging.Logger.getLogger("org.apache.poi");

    static {
        POI.setLevel(java.util.logging.Level.OFF);
    }

    private static final Jsonb JSONB = new JsonConfig().getContext(Object.class);

    /** A body with every kind of field the API's commands have. */
    public record Command(String name, Long version, Role role, LocalDate date, OffsetDateTime at, Boolean enabled,
            List<String> programmes, Map<String, Integer> outcomes, Nested nested) {
    }

    public record Nested(String code, int count) {
    }

    @FuzzTest(maxExecutions = 150_000, maxDuration = "60s") // about 10 s here; see README, Fuzzing
    void outsideInputIsReadOrRefusedAsBadInput(FuzzedDataProvider data) {
        int reader = data.consumeInt(0, 2);
        byte[] input = data.consumeRemainingAsBytes();
        try {
            switch (reader) {
                case 0 -> CsvReader.read(input, 1000);
                case 1 -> {
                    try (Workbook workbook = UntrustedWorkbooks.open(input)) {
                        readEveryCell(workbook);
                    }
                }
                default -> readBody(new String(input, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (InvalidInputException refused) {
            assertFalse(refused.errors().isEmpty(), "a refusal names the field");
        } catch (java.io.IOException closing) {
            throw new AssertionError(closing);
        }
    }

    /** Every cell as text and as a date, as the importers read them: a damaged cell is refused, not a 500. */
    private static void readEveryCell(Workbook workbook) {
        workbook.sheetIterator().forEachRemaining(sheet -> sheet.forEach(row -> row.forEach(cell -> {
            UntrustedWorkbooks.text(cell);
            try {
                UntrustedWorkbooks.date(cell);
            } catch (java.time.format.DateTimeParseException notADate) {
                // a text cell that is no date: the importers report it on the line
            }
        })));
    }

    /**
     * As a typed command (JSON-B, for the routes that take records) and as free JSON (JSON-P, as the JAX-RS runtime
     * reads a route that takes a JsonObject or JsonArray).
     */
    private static void readBody(String json) {
        try {
            JSONB.fromJson(json, Command.class);
        } catch (RuntimeException | StackOverflowError unreadable) {
            assertUnreadableIsTheClientsMistake(unreadable);
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            reader.readValue();
        } catch (RuntimeException | StackOverflowError unreadable) {
            assertUnreadableIsTheClientsMistake(unreadable);
        }
    }

    private static void assertUnreadableIsTheClientsMistake(Throwable unreadable) {
        assertEquals(400, ProblemTranslator.translate(unreadable).status(),
                "an unreadable body is the client's mistake: " + unreadable);
    }
}
