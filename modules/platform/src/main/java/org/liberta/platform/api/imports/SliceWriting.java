package org.liberta.platform.api.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.liberta.platform.api.FieldError;

/**
 * How every import writes: a slice of checked lines in one transaction (fast), and when that transaction fails,
 * the same slice again line by line, so one line that cannot be saved is rejected alone and writes nothing,
 * while the good lines around it still land. {@code writer} must run each call in its own transaction.
 */
public final class SliceWriting {

    /** Lines written per transaction: large enough for batch writing, small enough to show progress. */
    public static final int SLICE = 100;

    private SliceWriting() {
    }

    public static <T> List<ImportLineResult> write(List<T> slice, Function<List<T>, List<ImportLineResult>> writer,
            ToIntFunction<T> lineOf) {
        try {
            return writer.apply(slice);
        } catch (RuntimeException sliceFailed) {
            List<ImportLineResult> results = new ArrayList<>();
            for (T line : slice) {
                try {
                    results.addAll(writer.apply(List.of(line)));
                } catch (RuntimeException lineFailed) {
                    results.add(ImportLineResult.rejected(lineOf.applyAsInt(line),
                            List.of(new FieldError("line", "could not be saved; nothing from it was written"))));
                }
            }
            return results;
        }
    }
}
