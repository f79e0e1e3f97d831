package org.liberta.platform.api.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.time.LocalDate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.liberta.platform.api.InvalidInputException;

class FieldDataTest {

    private enum Mode { PHONE, IN_PERSON }

    private static FieldData of(String json) {
        return new FieldData(Json.createReader(new StringReader(json)).readObject());
    }

    @Test
    void readsWhatParsesAndNamesEveryFieldThatDoesNotAtOnce() {
        FieldData data = of("""
                {"survivorId":"12","date":"2026-02-30","mode":"BICYCLE","note":7,"nextDue":"2026-12-20"}""");
        assertNull(data.requiredId("survivorId"));
        assertNull(data.date("date", true));
        assertNull(data.code("mode", Mode.class));
        assertNull(data.text("note"));
        assertEquals(LocalDate.of(2026, 12, 20), data.date("nextDue", false));
        InvalidInputException refused = assertThrows(InvalidInputException.class, data::check);
        assertEquals(java.util.List.of("survivorId", "date", "mode", "note"),
                refused.errors().stream().map(e -> e.field()).toList(), "all four, so the device shows them together");
    }

    @Test
    void aMissingRequiredFieldIsNamedAndAnOptionalOneIsNot() {
        FieldData data = of("{}");
        assertNull(data.date("nextDue", false));
        assertNull(data.text("note"));
        data.check();
        data.requiredId("survivorId");
        data.code("mode", Mode.class);
        InvalidInputException refused = assertThrows(InvalidInputException.class, data::check);
        assertEquals("is required", refused.errors().get(0).message());
        assertEquals(2, refused.errors().size());
    }

    @Test
    void goodDataReadsAsItsTypes() {
        JsonObject json = Json.createObjectBuilder().add("survivorId", 41).add("mode", "IN_PERSON").build();
        FieldData data = new FieldData(json);
        assertEquals(41L, data.requiredId("survivorId"));
        assertEquals(Mode.IN_PERSON, data.code("mode", Mode.class));
        data.check();
    }
}
