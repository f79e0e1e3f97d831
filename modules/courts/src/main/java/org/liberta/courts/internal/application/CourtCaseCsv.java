package org.liberta.courts.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.liberta.courts.api.AdjournmentReason;
import org.liberta.courts.api.CaseStage;
import org.liberta.courts.api.ChargingDecision;
import org.liberta.courts.api.HearingPurpose;
import org.liberta.courts.api.Track;
import org.liberta.courts.internal.domain.Court;
import org.liberta.courts.internal.domain.Hearing;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.sheets.CsvReader;
import org.liberta.platform.api.sheets.CsvReader.Row;
import org.liberta.courts.api.WitnessRole;

/**
 * The CSV a lawyer keeps of their cases and hearings, one line per hearing (or per case, without hearing
 * columns): the same case on many lines is one case. Columns are found by name; dates may be written
 * 2024-01-15 or 15/01/2024 (day first, as in Bangladesh, Romania and the UK); a hearing without a time sits at
 * 10:00. Everything a line can get wrong on its own is found here, each problem naming its column; what depends
 * on the records already held is checked when the line is written.
 */
final class CourtCaseCsv {

    static final String PROGRAMME = "programme";
    static final String COURT = "court";
    static final String DISTRICT = "district";
    static final String CASE_NUMBER = "caseNumber";
    static final String FILED_ON = "filedOn";
    static final String STAGE = "stage";
    static final String STAGE_SINCE = "stageSince";
    static final String CHARGING_DECISION = "chargingDecision";
    static final String DECISION_REASON = "decisionReason";
    static final String OFFENCES = "offences";
    static final String HEARING_AT = "hearingAt";
    static final String PURPOSE = "purpose";
    static final String OUTCOME = "outcome";
    static final String ADJOURNMENT_REASON = "adjournmentReason";
    static final String WITNESS_ROLE = "witnessRole";
    static final String REASON_TEXT = "reasonText";

    /** The header of a template file, in the order a lawyer would fill it in. */
    static final List<String> COLUMNS = List.of(PROGRAMME, COURT, DISTRICT, CASE_NUMBER, FILED_ON, STAGE, STAGE_SINCE,
            CHARGING_DECISION, DECISION_REASON, OFFENCES, HEARING_AT, PURPOSE, OUTCOME, ADJOURNMENT_REASON,
            WITNESS_ROLE, REASON_TEXT);

    /** Files larger than this are split by the person sending them; each line holds one hearing. */
    static final int MAX_LINES = 50_000;

    private static final LocalTime DEFAULT_HEARING_TIME = LocalTime.of(10, 0);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** One checked line: a case, and optionally one of its hearings with what happened at it. */
    record CaseLine(int line, String programme, String court, String district, String caseNumber, LocalDate filedOn,
            CaseStage stage, LocalDate stageSince, ChargingDecision decision, String decisionReason,
            List<String> offences, LocalDateTime hearingAt, HearingPurpose purpose, Hearing.Outcome outcome,
            AdjournmentReason adjournmentReason, WitnessRole witnessRole, String reasonText) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The case's natural key: its court (as courts are matched) and its number. */
        String caseKey() {
            return Court.key(court) + "|" + caseNumber;
        }
    }

    record Reading(List<CaseLine> lines, List<org.liberta.platform.api.imports.ImportLineResult> rejected)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private CourtCaseCsv() {
    }

    /**
     * Reads the file; {@code programmes} are the caller's own, by code (a programme outside them is unknown to the
     * file, as it would be to the API).
     */
    static Reading read(byte[] file, Map<String, ProgrammeSummary> programmes, LocalDate today) {
        CsvReader.Table table = CsvReader.read(file, MAX_LINES);
        table.requireColumns(PROGRAMME, COURT, CASE_NUMBER, FILED_ON);
        List<CaseLine> lines = new ArrayList<>();
        List<org.liberta.platform.api.imports.ImportLineResult> rejected = new ArrayList<>();
        for (Row row : table.rows()) {
            List<FieldError> errors = new ArrayList<>();
            CaseLine line = parse(row, programmes, today, errors);
            if (errors.isEmpty()) {
                lines.add(line);
            } else {
                rejected.add(org.liberta.platform.api.imports.ImportLineResult.rejected(row.line(), errors));
            }
        }
        return new Reading(List.copyOf(lines), List.copyOf(rejected));
    }

    private static CaseLine parse(Row row, Map<String, ProgrammeSummary> programmes, LocalDate today,
            List<FieldError> errors) {
        String programmeCode = required(row, PROGRAMME, errors);
        ProgrammeSummary programme = programmeCode == null ? null
                : programmes.get(programmeCode.toUpperCase(Locale.ROOT));
        if (programmeCode != null && programme == null) {
            errors.add(new FieldError(PROGRAMME, "unknown programme " + programmeCode));
        }
        String court = text(row, COURT, 200, true, errors);
        String district = text(row, DISTRICT, 120, false, errors);
        String caseNumber = text(row, CASE_NUMBER, 80, true, errors);
        LocalDate filedOn = date(row, FILED_ON, true, errors);
        if (filedOn != null && filedOn.isAfter(today)) {
            errors.add(new FieldError(FILED_ON, "must not be in the future"));
        }
        CaseStage stage = code(row, STAGE, CaseStage::valueOf, CaseStage.values(), errors);
        if (stage != null && programme != null && stage.track() != Track.ofCountry(programme.country())) {
            errors.add(new FieldError(STAGE, stage + " is not a stage of a " + Track.ofCountry(programme.country())
                    + " prosecution"));
        }
        LocalDate stageSince = date(row, STAGE_SINCE, false, errors);
        ChargingDecision decision = code(row, CHARGING_DECISION, ChargingDecision::valueOf, ChargingDecision.values(),
                errors);
        String decisionReason = text(row, DECISION_REASON, 1000, false, errors);
        List<String> offences = offences(row, errors);
        LocalDateTime hearingAt = dateTime(row, HEARING_AT, errors);
        if (hearingAt != null && filedOn != null && hearingAt.toLocalDate().isBefore(filedOn)) {
            errors.add(new FieldError(HEARING_AT, "must not be before the case was filed on " + filedOn));
        }
        HearingPurpose purpose = code(row, PURPOSE, HearingPurpose::valueOf, HearingPurpose.values(), errors);
        Hearing.Outcome outcome = code(row, OUTCOME, Hearing.Outcome::valueOf, Hearing.Outcome.values(), errors);
        AdjournmentReason reason = code(row, ADJOURNMENT_REASON, AdjournmentReason::valueOf, AdjournmentReason.values(),
                errors);
        WitnessRole witness = code(row, WITNESS_ROLE, WitnessRole::valueOf, WitnessRole.values(), errors);
        String reasonText = text(row, REASON_TEXT, 1000, false, errors);
        if (outcome != null) {
            if (hearingAt == null) {
                errors.add(new FieldError(HEARING_AT, "an outcome needs the hearing's date"));
            } else if (hearingAt.toLocalDate().isAfter(today)) {
                errors.add(new FieldError(OUTCOME, "the hearing on " + hearingAt.toLocalDate() + " has not taken place yet"));
            }
        }
        if (outcome == Hearing.Outcome.ADJOURNED) {
            if (reason == null && row.get(ADJOURNMENT_REASON) == null) {
                errors.add(new FieldError(ADJOURNMENT_REASON, "say why the hearing did not go ahead"));
            } else if (reason == AdjournmentReason.WITNESS_ABSENT && witness == null && row.get(WITNESS_ROLE) == null) {
                errors.add(new FieldError(WITNESS_ROLE, "say which witness did not come (VICTIM, POLICE, DOCTOR, …)"));
            } else if (reason == AdjournmentReason.OTHER && reasonText == null) {
                errors.add(new FieldError(REASON_TEXT, "describe the reason"));
            }
        } else if (reason != null) {
            errors.add(new FieldError(OUTCOME, "must be ADJOURNED when an adjournmentReason is given"));
        }
        if (hearingAt == null && (purpose != null || outcome != null && errors.isEmpty())) {
            errors.add(new FieldError(HEARING_AT, "the hearing's date is missing"));
        }
        return new CaseLine(row.line(), programme == null ? null : programme.code(), court, district, caseNumber,
                filedOn, stage, stageSince, decision, decisionReason, offences, hearingAt,
                purpose == null ? HearingPurpose.MENTION : purpose, outcome, reason,
                reason == AdjournmentReason.WITNESS_ABSENT ? witness : null, reasonText);
    }

    private static String required(Row row, String column, List<FieldError> errors) {
        String value = row.get(column);
        if (value == null) {
            errors.add(new FieldError(column, "is required"));
        }
        return value;
    }

    private static String text(Row row, String column, int max, boolean required, List<FieldError> errors) {
        String value = required ? required(row, column, errors) : row.get(column);
        if (value != null && value.length() > max) {
            errors.add(new FieldError(column, "is longer than " + max + " characters"));
        }
        return value == null ? null : value.replaceAll("\\s+", " ");
    }

    /** Offences are separated by semicolons or vertical bars: "PSHTA 2012 s.6; Penal Code s.370". */
    private static List<String> offences(Row row, List<FieldError> errors) {
        String value = row.get(OFFENCES);
        if (value == null) {
            return List.of();
        }
        TreeSet<String> offences = new TreeSet<>();
        for (String offence : value.split("[;|]")) {
            String o = offence.strip().replaceAll("\\s+", " ");
            if (o.length() > 200) {
                errors.add(new FieldError(OFFENCES, "an offence is longer than 200 characters"));
            } else if (!o.isEmpty()) {
                offences.add(o);
            }
        }
        return List.copyOf(offences);
    }

    static LocalDate date(Row row, String column, boolean required, List<FieldError> errors) {
        String value = required ? required(row, column, errors) : row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return parseDate(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(column, "'" + abbreviate(value) + "' is not a date (2024-01-15 or 15/01/2024)"));
            return null;
        }
    }

    private static LocalDate parseDate(String value) {
        return value.contains("/") ? LocalDate.parse(value, DAY_FIRST) : LocalDate.parse(value);
    }

    /** "2024-03-01", "2024-03-01 10:30", "2024-03-01T10:30" or "01/03/2024 10:30". */
    private static LocalDateTime dateTime(Row row, String column, List<FieldError> errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        String[] parts = value.replace('T', ' ').strip().split("\\s+");
        try {
            LocalDate day = parseDate(parts[0]);
            if (parts.length == 1) {
                return day.atTime(DEFAULT_HEARING_TIME);
            }
            if (parts.length == 2) {
                return day.atTime(LocalTime.parse(parts[1].length() == 4 ? "0" + parts[1] : parts[1]));
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError(column, "'" + abbreviate(value) + "' is not a date and time (2024-03-01 10:30)"));
        return null;
    }

    private static <E extends Enum<E>> E code(Row row, String column, Function<String, E> valueOf, E[] values,
            List<FieldError> errors) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return valueOf.apply(value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(column, "'" + abbreviate(value) + "' is not one of "
                    + String.join(", ", Arrays.stream(values).map(Enum::name).toList())));
            return null;
        }
    }

    /** Values echoed back in errors are cut short: an error message is no place for a whole cell. */
    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
