package org.liberta.platform.api;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** One page of a list, in the shape docs/api.md gives every list answer. */
public record Page<T>(List<T> items, long total, int page, int size) implements Serializable {

    public <R> Page<R> map(Function<? super T, R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }
}
