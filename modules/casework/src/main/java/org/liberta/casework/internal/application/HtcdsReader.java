package org.liberta.casework.internal.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import org.liberta.casework.api.ConsentPurpose;
import org.liberta.casework.api.ControlMethod;
import org.liberta.casework.api.ExploitationType;
import org.liberta.casework.api.Gender;
import org.liberta.casework.api.RecruitmentMethod;
import org.liberta.casework.internal.application.SurvivorService.Profile;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.sheets.UntrustedWorkbooks;

/**
 * Reads a filled-in HTCDS v2.0 template into survivors to admit, one per row, each checked the way intake checks
 * it; a row with any problem is rejected whole with every problem named by its column label. Nothing here
 * touches the database.
 */
final class HtcdsReader {

    /** Rows beyond this are refused with the file: imports of a whole country's records go in several files. */
    static final int MAX_ROWS = 20_000;

    /** What the template's "Consent" checkbox covers: the interview and non-identifying use of the data. */
    static final Set<ConsentPurpose> TEMPLATE_CONSENT = EnumSet.of(ConsentPurpose.SERVICES,
            ConsentPurpose.ANONYMOUS_STATISTICS);

    /** One row, read and checked: everything needed to create or update the survivor it describes. */
    record HtcdsRecord(int line, Profile profile, Map<String, String> identity, Set<ConsentPurpose> consents,
            LocalDate intakeOn, LocalDate closedOn, String caseOwner, String identityKey, String fingerprint)
            implements java.io.Serializable {

        /** The key a row is matched by in a programme: the person's name and birth date, or the row itself. */
        String matchKey(String programmeCode) {
            return programmeCode + "|" + (identityKey != null ? identityKey : "row:" + fingerprint);
        }
    }

    /** The match key of a named person: the same for a survivor admitted at intake and the row that describes them. */
    static String identityKey(String legalName, LocalDate birthDate) {
        return legalName == null || legalName.isBlank() ? null
                : normal(legalName) + "|" + (birthDate == null ? "" : birthDate.toString());
    }

    record RejectedLine(int line, List<FieldError> errors) {
    }

    record Reading(List<HtcdsRecord> records, List<RejectedLine> rejected) {
    }

    private HtcdsReader() {
    }

    static Reading read(byte[] file) {
        try (Workbook workbook = UntrustedWorkbooks.open(file)) {
            Sheet sheet = caseSheet(workbook);
            Map<HtcdsColumn, Integer> columns = columns(sheet);
            if (sheet.getLastRowNum() > MAX_ROWS + HtcdsColumn.FIRST_DATA_ROW) {
                throw InvalidInputException.of("file", "has more than " + MAX_ROWS + " rows: split it into several files");
            }
            List<HtcdsRecord> records = new ArrayList<>();
            List<RejectedLine> rejected = new ArrayList<>();
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int r = HtcdsColumn.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row, columns)) {
                    continue;
                }
                LineReader line = new LineReader(r + 1, row, columns);
                HtcdsRecord record = line.read();
                if (record == null) {
                    rejected.add(new RejectedLine(r + 1, line.errors));
                    continue;
                }
                Integer earlier = seen.putIfAbsent(record.matchKey(""), r + 1);
                if (earlier != null) {
                    rejected.add(new RejectedLine(r + 1, List.of(new FieldError(HtcdsColumn.FIRST_NAME.label,
                            "the same person as line " + earlier + " (same name and birthdate, or an identical row)"))));
                    continue;
                }
                records.add(record);
            }
            return new Reading(records, rejected);
        } catch (java.io.IOException e) {
            throw InvalidInputException.of("file", "is not a readable Excel .xlsx workbook");
        }
    }

    /**
     * The sheet of cases: "Case Sheet" in the validated template, "Sheet1" in the plain one, so the first sheet
     * (that one preferred) whose top rows carry the HTCDS field names or labels.
     */
    private static Sheet caseSheet(Workbook workbook) {
        List<Sheet> candidates = new ArrayList<>();
        Sheet named = workbook.getSheet(HtcdsColumn.SHEET);
        if (named != null) {
            candidates.add(named);
        }
        workbook.sheetIterator().forEachRemaining(candidates::add);
        for (Sheet sheet : candidates) {
            Map<HtcdsColumn, Integer> columns = columns(sheet);
            if (columns.containsKey(HtcdsColumn.GENDER) && columns.containsKey(HtcdsColumn.FIRST_NAME)) {
                return sheet;
            }
        }
        throw InvalidInputException.of("file", "has no sheet with the HTCDS v2.0 field names or labels in rows 1–2"
                + " (prs_FirstName / First Name, prs_Gender / Gender, …): use the HTCDS v2.0 template");
    }

    private static Map<HtcdsColumn, Integer> columns(Sheet sheet) {
        Map<String, Integer> byLabel = new LinkedHashMap<>();
        Map<String, Integer> byApiName = new LinkedHashMap<>();
        header(sheet.getRow(1), byLabel);
        header(sheet.getRow(0), byApiName);
        Map<HtcdsColumn, Integer> columns = new EnumMap<>(HtcdsColumn.class);
        for (HtcdsColumn column : HtcdsColumn.values()) {
            Integer at = byApiName.get(normal(column.apiName));
            if (at == null) {
                at = byLabel.get(normal(column.label));
            }
            if (at != null) {
                columns.put(column, at);
            }
        }
        return columns;
    }

    private static void header(Row row, Map<String, Integer> into) {
        if (row == null) {
            return;
        }
        for (Cell cell : row) {
            String text = UntrustedWorkbooks.text(cell);
            if (text != null) {
                into.putIfAbsent(normal(text), cell.getColumnIndex());
            }
        }
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean blank(Row row, Map<HtcdsColumn, Integer> columns) {
        return columns.values().stream().allMatch(i -> UntrustedWorkbooks.text(row.getCell(i)) == null);
    }

    /** Reads one row, collecting every problem rather than stopping at the first. */
    private static final class LineReader {
        private final int line;
        private final Row row;
        private final Map<HtcdsColumn, Integer> columns;
        private final List<FieldError> errors = new ArrayList<>();

        LineReader(int line, Row row, Map<HtcdsColumn, Integer> columns) {
            this.line = line;
            this.row = row;
            this.columns = columns;
        }

        HtcdsRecord read() {
            String first = text(HtcdsColumn.FIRST_NAME, 100);
            String second = text(HtcdsColumn.SECOND_NAME, 100);
            String legalName = first == null && second == null ? null
                    : (nonNull(first) + " " + nonNull(second)).strip();
            LocalDate birthdate = date(HtcdsColumn.BIRTHDATE);
            if (birthdate != null && birthdate.isAfter(LocalDate.now())) {
                error(HtcdsColumn.BIRTHDATE, "must not be in the future");
            }
            String genderText = text(HtcdsColumn.GENDER, 40);
            Gender gender = genderText == null ? Gender.NOT_SPECIFIED
                    : picked(HtcdsColumn.GENDER, genderText, HtcdsVocabulary.gender(genderText));
            String citizenship = HtcdsVocabulary.split(text(HtcdsColumn.CITIZENSHIP, 200)).stream().findFirst()
                    .map(c -> picked(HtcdsColumn.CITIZENSHIP, c, HtcdsVocabulary.country(c))).orElse(null);
            Set<ExploitationType> exploitation = multi(HtcdsColumn.EXPLOITATION, HtcdsVocabulary.EXPLOITATION,
                    EnumSet.noneOf(ExploitationType.class));
            Set<ControlMethod> control = multi(HtcdsColumn.CONTROL, HtcdsVocabulary.CONTROL,
                    EnumSet.noneOf(ControlMethod.class));
            String recruitmentText = text(HtcdsColumn.RECRUITMENT, 200);
            RecruitmentMethod recruitment = recruitmentText == null ? null
                    : picked(HtcdsColumn.RECRUITMENT, recruitmentText,
                            HtcdsVocabulary.find(HtcdsVocabulary.RECRUITMENT, recruitmentText));
            Set<ConsentPurpose> consents = consent(text(HtcdsColumn.CONSENT, 10));
            LocalDate intakeOn = date(HtcdsColumn.INCOMING_REFERRAL_DATE);
            if (intakeOn == null) {
                intakeOn = LocalDate.now();
            } else if (intakeOn.isAfter(LocalDate.now())) {
                error(HtcdsColumn.INCOMING_REFERRAL_DATE, "must not be in the future");
            }
            LocalDate closedOn = closure(intakeOn);

            Map<String, String> identity = new LinkedHashMap<>();
            identity.put("legalName", legalName);
            identity.put("birthDate", birthdate == null ? null : birthdate.toString());
            String mobile = text(HtcdsColumn.MOBILE_PHONE, 40);
            identity.put("phone", mobile != null ? mobile : text(HtcdsColumn.HOME_PHONE, 40));
            identity.put("email", text(HtcdsColumn.EMAIL, 200));
            identity.put("address", address());

            Profile profile = new Profile(gender, birthdate == null ? null : birthdate.getYear(), citizenship,
                    exploitation, control, recruitment, Set.of());
            profile.problems().stream().filter(e -> !e.field().equals("birthYear")).forEach(errors::add);
            if (!errors.isEmpty()) {
                return null;
            }
            return new HtcdsRecord(line, profile, identity, consents, intakeOn, closedOn,
                    text(HtcdsColumn.CASE_OWNER, 80), identityKey(legalName, birthdate), fingerprint());
        }

        private LocalDate closure(LocalDate intakeOn) {
            String status = text(HtcdsColumn.STATUS, 40);
            if (status == null) {
                return null;
            }
            switch (normal(status).replace(" ", "")) {
                case "active":
                case "followup":
                    return null;
                case "closed":
                case "closedreferred":
                    LocalDate referred = date(HtcdsColumn.OUTGOING_REFERRAL_DATE);
                    return referred != null && !referred.isBefore(intakeOn) ? referred : intakeOn;
                default:
                    error(HtcdsColumn.STATUS, "'" + status + "' is not one of Active, Follow up, Closed, Closed Referred");
                    return null;
            }
        }

        private Set<ConsentPurpose> consent(String value) {
            if (value == null) {
                return Set.of();
            }
            switch (value.toLowerCase(Locale.ROOT)) {
                case "yes":
                case "y":
                case "true":
                case "1":
                case "x":
                    return TEMPLATE_CONSENT;
                case "no":
                case "n":
                case "false":
                case "0":
                    return Set.of();
                default:
                    error(HtcdsColumn.CONSENT, "must be Yes or No");
                    return Set.of();
            }
        }

        private String address() {
            List<String> parts = new ArrayList<>();
            for (HtcdsColumn c : List.of(HtcdsColumn.MAILING_STREET, HtcdsColumn.MAILING_CITY, HtcdsColumn.MAILING_STATE,
                    HtcdsColumn.MAILING_POSTAL_CODE, HtcdsColumn.MAILING_COUNTRY)) {
                String part = text(c, 200);
                if (part != null) {
                    parts.add(part);
                }
            }
            return parts.isEmpty() ? null : String.join(", ", parts);
        }

        private <E extends Enum<E>> Set<E> multi(HtcdsColumn column, Map<E, String> labels, Set<E> into) {
            for (String value : HtcdsVocabulary.split(text(column, 1000))) {
                Optional<E> code = HtcdsVocabulary.find(labels, value);
                if (code.isPresent()) {
                    into.add(code.get());
                } else {
                    error(column, "'" + value + "' is not in the HTCDS v2.0 picklist");
                }
            }
            return into;
        }

        private <T> T picked(HtcdsColumn column, String value, Optional<T> found) {
            if (found.isEmpty()) {
                error(column, "'" + value + "' is not in the HTCDS v2.0 picklist");
            }
            return found.orElse(null);
        }

        private String text(HtcdsColumn column, int maxLength) {
            Integer at = columns.get(column);
            String value = at == null ? null : UntrustedWorkbooks.text(row.getCell(at));
            if (value != null && value.length() > maxLength) {
                error(column, "is longer than " + maxLength + " characters");
                return null;
            }
            if (value != null && value.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t')) {
                error(column, "contains control characters");
                return null;
            }
            return value;
        }

        private LocalDate date(HtcdsColumn column) {
            Integer at = columns.get(column);
            try {
                return at == null ? null : UntrustedWorkbooks.date(row.getCell(at));
            } catch (DateTimeParseException | IllegalStateException e) {
                error(column, "must be a date such as 2021-03-31 or 31/03/2021");
                return null;
            }
        }

        private void error(HtcdsColumn column, String message) {
            errors.add(new FieldError(column.label, message));
        }

        /** A digest of every cell we read, so an anonymous row sent twice is recognised. */
        private String fingerprint() {
            String joined = columns.values().stream().sorted()
                    .map(i -> nonNull(UntrustedWorkbooks.text(row.getCell(i)))).collect(Collectors.joining("\u001f"));
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                return HexFormat.of().formatHex(sha.digest(joined.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String nonNull(String s) {
            return s == null ? "" : s;
        }
    }
}
