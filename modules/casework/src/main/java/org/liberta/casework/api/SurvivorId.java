package org.liberta.casework.api;

import jakarta.json.bind.annotation.JsonbTypeAdapter;

import org.liberta.platform.api.TypedId;

/**
 * A survivor's id as other modules hold it (never their identity, which stays in the vault).
 */
@JsonbTypeAdapter(SurvivorId.Json.class)
public record SurvivorId(long value) implements TypedId {

    public static SurvivorId of(long value) {
        return new SurvivorId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    /** On the wire, the number. */
    public static final class Json extends TypedId.Json<SurvivorId> {
        public Json() {
            super(SurvivorId::new);
        }
    }
}
