package org.liberta.platform.api.imports;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.liberta.platform.api.FieldError;

/**
 * The answer docs/api.md gives for every import, {@code {"created","updated","rejected":[{"line","errors"}]}}, with
 * lines that matched and changed nothing counted apart as {@code unchanged} (re-sending a file gives only those).
 */
public record ImportSummary(int created, int updated, int unchanged, List<Rejection> rejected) implements Serializable {

    public record Rejection(int line, List<FieldError> errors) implements Serializable {
    }

    public static ImportSummary of(List<ImportLineResult> results) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<Rejection> rejected = new ArrayList<>();
        for (ImportLineResult r : results) {
            switch (r.outcome()) {
                case ImportLineResult.CREATED -> created++;
                case ImportLineResult.UPDATED -> updated++;
                case ImportLineResult.UNCHANGED -> unchanged++;
                default -> rejected.add(new Rejection(r.line(), r.errors()));
            }
        }
        rejected.sort(Comparator.comparingInt(Rejection::line));
        return new ImportSummary(created, updated, unchanged, List.copyOf(rejected));
    }

    /** The counts for an audit entry: never a value from the file. */
    public String counts() {
        return "created " + created + ", updated " + updated + ", unchanged " + unchanged + ", rejected " + rejected.size();
    }
}
