package org.liberta.courts.api;

import jakarta.json.bind.annotation.JsonbTypeAdapter;

import org.liberta.platform.api.TypedId;

/**
 * A hearing's id as other modules hold it.
 */
@JsonbTypeAdapter(HearingId.Json.class)
public record HearingId(long value) implements TypedId {

    public static HearingId of(long value) {
        return new HearingId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    /** On the wire, the number. */
    public static final class Json extends TypedId.Json<HearingId> {
        public Json() {
            super(HearingId::new);
        }
    }
}
