package org.liberta.courts.api;

import jakarta.json.bind.annotation.JsonbTypeAdapter;

import org.liberta.platform.api.TypedId;

/**
 * A witness's id (a person a court case needs at its hearings) as other modules hold it; never their name or
 * contact details, which stay in the vault.
 */
@JsonbTypeAdapter(WitnessId.Json.class)
public record WitnessId(long value) implements TypedId {

    public static WitnessId of(long value) {
        return new WitnessId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    /** On the wire, the number. */
    public static final class Json extends TypedId.Json<WitnessId> {
        public Json() {
            super(WitnessId::new);
        }
    }
}
