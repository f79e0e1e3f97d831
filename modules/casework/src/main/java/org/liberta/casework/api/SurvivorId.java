package org.liberta.casework.api;

import java.io.Serializable;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;

/**
 * A survivor's id as other modules hold it (never their identity, which stays in the vault): a number that cannot
 * be passed where another record's id was meant. The events and {@code api} interfaces take these; inside a module
 * and on the wire ids stay plain numbers,
 * which is what {@link Json} writes when one reaches an answer.
 */
@JsonbTypeAdapter(SurvivorId.Json.class)
public record SurvivorId(long value) implements Serializable {

    public static SurvivorId of(long value) {
        return new SurvivorId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    /** On the wire an id is the number the contract names (docs/api.md), never an object around it. */
    public static final class Json implements JsonbAdapter<SurvivorId, Long> {

        @Override
        public Long adaptToJson(SurvivorId id) {
            return id.value();
        }

        @Override
        public SurvivorId adaptFromJson(Long value) {
            return of(value);
        }
    }
}
