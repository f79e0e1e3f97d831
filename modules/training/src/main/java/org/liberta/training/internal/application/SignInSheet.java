package org.liberta.training.internal.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.imports.ImportLineResult;
import org.liberta.platform.api.sheets.CsvReader;
import org.liberta.platform.api.sheets.CsvWriter;
import org.liberta.platform.api.sheets.Tables;
import org.liberta.training.internal.application.AttendeeService.NewAttendee;

/**
 * A session's sign-in sheet as trainers keep it (CSV or XLSX): a row per person with their name, organisation,
 * profession and, if taken, contact details, completion and scores. Reading only turns cells into attendees;
 * what is valid is decided where attendees are recorded, so a typed attendee and an imported one obey one rule.
 */
final class SignInSheet {

    /** More than this and the sheet is not one session's. */
    static final int MAX_ROWS = 2000;

    static final List<String> COLUMNS = List.of("name", "organisation", "profession", "rank", "country", "email",
            "phone", "completed", "pre_score", "post_score", "pre_attitude", "post_attitude", "pre_behaviour",
            "post_behaviour");

    /** One row of the sheet, with the line number the trainer sees. */
    record Line(int line, NewAttendee attendee) implements Serializable {
    }

    /** The rows as attendees, and the rows already rejected for what their cells say (a score that is no number). */
    record Reading(List<Line> lines, List<ImportLineResult> rejected) {
    }

    private SignInSheet() {
    }

    /**
     * Reads the sheet; a row without its own organisation or profession takes the ones given for the whole room.
     */
    static Reading read(byte[] file, String defaultOrganisation, String defaultProfession) {
        CsvReader.Table table = Tables.read(file, MAX_ROWS);
        table.requireColumns("name");
        List<Line> lines = new ArrayList<>();
        List<ImportLineResult> rejected = new ArrayList<>();
        for (CsvReader.Row row : table.rows()) {
            List<FieldError> errors = new ArrayList<>();
            Boolean completed = completed(row.get("completed"), errors);
            Integer[] scores = new Integer[6];
            for (int i = 0; i < 6; i++) {
                scores[i] = number(COLUMNS.get(8 + i), row.get(COLUMNS.get(8 + i)), errors);
            }
            if (!errors.isEmpty()) {
                rejected.add(ImportLineResult.rejected(row.line(), errors));
                continue;
            }
            lines.add(new Line(row.line(), new NewAttendee(row.get("name"), or(row.get("organisation"), defaultOrganisation),
                    or(row.get("profession"), defaultProfession), row.get("rank"), row.get("country"), row.get("email"),
                    row.get("phone"), completed, scores[0], scores[1], scores[2], scores[3], scores[4], scores[5])));
        }
        return new Reading(lines, rejected);
    }

    /** Blank is "completed" (most sign the sheet at the end); yes/no in the ways people write them. */
    private static Boolean completed(String value, List<FieldError> errors) {
        if (value == null) {
            return Boolean.TRUE;
        }
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "x", "✓", "da", "হ্যাঁ" -> {
                return Boolean.TRUE;
            }
            case "no", "n", "false", "0", "nu", "না" -> {
                return Boolean.FALSE;
            }
            default -> {
                errors.add(new FieldError("completed", "must be yes or no"));
                return null;
            }
        }
    }

    private static Integer number(String column, String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(column, "must be a whole number"));
            return null;
        }
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** The columns, with one example row, for trainers to start from. */
    static String template() {
        return new CsvWriter().row(new ArrayList<Object>(COLUMNS))
                .row(List.of("Fatema Akter", "Jessore District Police", "POLICE", "Sub-Inspector", "BD",
                        "fatema.akter@police.example.bd", "+8801711000000", "yes", "45", "70", "", "", "", ""))
                .toString();
    }
}
