package org.liberta.platform.api;

import java.io.Serializable;
import java.util.function.LongFunction;

import jakarta.json.bind.adapter.JsonbAdapter;

/**
 * A record's id as other modules hold it: a number that cannot be passed where another kind of record's id was
 * meant. The modules' {@code api} interfaces and events take these; inside a module ids stay plain numbers, and so
 * do they on the wire: each id type names its {@link Json} adapter, so an answer carries the number the contract
 * names (docs/api.md), never an object around it.
 */
public interface TypedId extends Serializable {

    long value();

    /**
     * Writes an id as its number and reads the number back. Each id type declares its own subclass (JSON-B needs a
     * class with a public no-argument constructor) that says how to make one.
     */
    abstract class Json<T extends TypedId> implements JsonbAdapter<T, Long> {

        private final LongFunction<T> make;

        protected Json(LongFunction<T> make) {
            this.make = make;
        }

        @Override
        public Long adaptToJson(T id) {
            return id.value();
        }

        @Override
        public T adaptFromJson(Long value) {
            return make.apply(value);
        }
    }
}
