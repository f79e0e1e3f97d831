package org.liberta.courts.api;

import jakarta.json.bind.annotation.JsonbTypeAdapter;

import org.liberta.platform.api.TypedId;

/**
 * A court case's id as other modules hold it.
 */
@JsonbTypeAdapter(CaseId.Json.class)
public record CaseId(long value) implements TypedId {

    public static CaseId of(long value) {
        return new CaseId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    /** On the wire, the number. */
    public static final class Json extends TypedId.Json<CaseId> {
        public Json() {
            super(CaseId::new);
        }
    }
}
