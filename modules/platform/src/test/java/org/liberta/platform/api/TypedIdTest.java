package org.liberta.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;

import org.junit.jupiter.api.Test;

/** Ids on the wire through Yasson, the JSON-B the server runs: numbers both ways, inside records and lists. */
class TypedIdTest {

    @JsonbTypeAdapter(SampleId.Json.class)
    public record SampleId(long value) implements TypedId {

        public static final class Json extends TypedId.Json<SampleId> {
            public Json() {
                super(SampleId::new);
            }
        }
    }

    public record Event(SampleId sample, java.util.List<SampleId> others, String note) {
    }

    @Test
    void anIdIsItsNumberOnTheWireAndReadsBackAsTheSameId() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            Event event = new Event(new SampleId(42), java.util.List.of(new SampleId(7)), "x");
            String json = jsonb.toJson(event);
            assertEquals("{\"note\":\"x\",\"others\":[7],\"sample\":42}", json);
            assertEquals(event, jsonb.fromJson(json, Event.class));
        }
    }
}
