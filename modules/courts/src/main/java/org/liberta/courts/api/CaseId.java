package org.liberta.courts.api;

import java.io.Serializable;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;

/**
 * A court case's id as other modules hold it: a number that cannot be passed where another record's id was meant. The
 * events and {@code api} interfaces take these; inside a module and on the wire ids stay plain numbers,
 * which is what {@link Json} writes when one reaches an answer.
 */
@JsonbTypeAdapter(CaseId.Json.class)
public record CaseId(long value) implements Serializable {

    public static CaseId of(long value) {
        return new CaseId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    /** On the wire an id is the number the contract names (docs/api.md), never an object around it. */
    public static final class Json implements JsonbAdapter<CaseId, Long> {

        @Override
        public Long adaptToJson(CaseId id) {
            return id.value();
        }

        @Override
        public CaseId adaptFromJson(Long value) {
            return of(value);
        }
    }
}
