package org.liberta.casework.internal.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.liberta.casework.api.ConsentPurpose;
import org.liberta.casework.api.ExploitationType;
import org.liberta.casework.api.Gender;
import org.liberta.casework.internal.domain.CaseworkRepository;
import org.liberta.casework.internal.domain.Survivor;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.sheets.CsvWriter;
import org.liberta.platform.api.sheets.SheetWriter;
import org.liberta.platform.api.vault.IdentityVault;
import org.liberta.platform.api.vault.SubjectRef;

/**
 * Survivors leaving Liberta: as an HTCDS v2.0 workbook (the partner template, identity columns only for roles
 * that may see identities; when shared with police or a partner, only survivors who consented to that), and as
 * a k-anonymised statistical extract (only survivors who consent to anonymous statistics). Every export is audited.
 */
@ApplicationScoped
@Transactional
public class SurvivorExportService {

    private static final int SLICE = 1000;

    /** Roles whose exports carry names and contact details; MEL and others get the pseudonymous columns only. */
    private static final Role[] IDENTITY_ROLES = {Role.CASEWORKER, Role.PARTNER, Role.ADMIN};

    @Inject
    private Caller caller;

    @Inject
    private Programmes programmes;

    @Inject
    private CaseworkRepository repository;

    @Inject
    private IdentityVault vault;

    @Inject
    private AuditLog audit;

    @Inject
    @ConfigProperty(name = "liberta.k.anonymity", defaultValue = "11")
    private int configuredK;

    /**
     * The programme's survivors in the HTCDS template's layout. {@code sharedFor} (SHARE_WITH_POLICE or
     * SHARE_WITH_PARTNER) limits the file to survivors who consented to that sharing.
     */
    public byte[] htcdsWorkbook(String programmeCode, ConsentPurpose sharedFor) {
        caller.requireAnyRole(CaseworkAccess.SUMMARY_ROLES);
        ProgrammeSummary programme = programmes.requireByCode("programme", programmeCode);
        caller.requireProgramme(programme.id());
        if (sharedFor != null && sharedFor != ConsentPurpose.SHARE_WITH_POLICE && sharedFor != ConsentPurpose.SHARE_WITH_PARTNER) {
            throw InvalidInputException.of("sharedFor", "must be SHARE_WITH_POLICE or SHARE_WITH_PARTNER");
        }
        boolean identities = caller.hasAnyRole(IDENTITY_ROLES);
        int written = 0;
        try (SheetWriter sheet = new SheetWriter()) {
            sheet.sheet(HtcdsColumn.SHEET);
            List<String> apiNames = new ArrayList<>(List.of(""));
            List<String> labels = new ArrayList<>(List.of(""));
            for (HtcdsColumn c : HtcdsColumn.values()) {
                apiNames.add(c.apiName);
                labels.add(c.label);
            }
            sheet.hiddenRow(apiNames).header(labels);
            for (int offset = 0;; offset += SLICE) {
                List<Survivor> slice = repository.survivorsForExport(Set.of(programme.id()), offset, SLICE);
                List<Survivor> chosen = slice.stream().filter(s -> sharedFor == null || s.hasConsentTo(sharedFor)).toList();
                Map<Long, Map<String, String>> identity = identities && !chosen.isEmpty()
                        ? vault.revealForExport(Survivor.VAULT_TYPE, chosen.stream().map(SurvivorService::subject).toList(),
                                "HTCDS export of " + programme.code())
                        : Map.of();
                for (Survivor s : chosen) {
                    written++;
                    sheet.row(htcdsRow(written, s, identity.getOrDefault(s.getId(), Map.of())));
                }
                if (slice.size() < SLICE) {
                    break;
                }
            }
            audit.record(AuditActions.EXPORT, "survivor", null, "HTCDS workbook of " + programme.code() + ": " + written
                    + " survivors, identities " + (identities ? "included" : "withheld")
                    + (sharedFor == null ? "" : ", shared for " + sharedFor));
            return sheet.toBytes();
        }
    }

    private static Object[] htcdsRow(int number, Survivor s, Map<String, String> identity) {
        Object[] row = new Object[HtcdsColumn.values().length + 1];
        row[0] = number;
        put(row, HtcdsColumn.CASE_OWNER, s.getReference());
        // Liberta holds one legal name, not its parts (names do not split reliably at a space), so it goes
        // whole under First Name; imported back, First + Second Name gives the same name again.
        put(row, HtcdsColumn.FIRST_NAME, identity.get("legalName"));
        put(row, HtcdsColumn.CONSENT, s.hasConsentTo(ConsentPurpose.SERVICES) ? "Yes" : "No");
        String birthDate = identity.get("birthDate");
        put(row, HtcdsColumn.BIRTHDATE, birthDate != null ? java.time.LocalDate.parse(birthDate) : null);
        put(row, HtcdsColumn.GENDER, HtcdsVocabulary.GENDER.get(s.getGender()));
        put(row, HtcdsColumn.CITIZENSHIP, HtcdsVocabulary.countryName(s.getNationality()));
        put(row, HtcdsColumn.EMAIL, identity.get("email"));
        put(row, HtcdsColumn.MOBILE_PHONE, identity.get("phone"));
        put(row, HtcdsColumn.MAILING_STREET, identity.get("address"));
        put(row, HtcdsColumn.RECRUITMENT, s.getRecruitmentMethod() == null ? null
                : HtcdsVocabulary.RECRUITMENT.get(s.getRecruitmentMethod()));
        put(row, HtcdsColumn.CONTROL, joined(s.getControlMethods().stream().map(HtcdsVocabulary.CONTROL::get)));
        put(row, HtcdsColumn.EXPLOITATION, joined(s.getExploitationTypes().stream().map(HtcdsVocabulary.EXPLOITATION::get)));
        put(row, HtcdsColumn.STATUS, s.getStatus() == Survivor.Status.OPEN ? "Active" : "Closed");
        put(row, HtcdsColumn.INCOMING_REFERRAL_DATE, s.getIntakeOn());
        put(row, HtcdsColumn.OUTGOING_REFERRAL_DATE, s.getClosedOn());
        return row;
    }

    private static String joined(java.util.stream.Stream<String> labels) {
        String joined = labels.collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(HtcdsVocabulary.SEPARATOR + " "));
        return joined.isEmpty() ? null : joined;
    }

    private static void put(Object[] row, HtcdsColumn column, Object value) {
        row[column.index()] = value;
    }

    /** The column headings of the anonymised extract, every one a quasi-identifier. */
    public static final List<String> EXTRACT_COLUMNS = List.of("programme", "yearOfRegistration", "gender",
            "ageBand", "citizenship", "typeOfExploitation");

    /**
     * The k-anonymised extract of the caller's programmes (or one), CTDC style: survivors who consent to anonymous
     * statistics, described only by quasi-identifiers, released only in combinations shared by at least k of them.
     */
    public List<List<String>> anonymisedExtract(String programmeCode, Integer requestedK) {
        caller.requireAnyRole(Role.MEL, Role.ADMIN, Role.CASEWORKER);
        int k = requestedK == null ? configuredK : requestedK;
        if (k < configuredK) {
            throw InvalidInputException.of("k", "must be at least " + configuredK + " (LIBERTA_K_ANONYMITY)");
        }
        Set<Long> scope = caller.programmeIds();
        if (programmeCode != null && !programmeCode.isBlank()) {
            ProgrammeSummary programme = programmes.requireByCode("programme", programmeCode);
            caller.requireProgramme(programme.id());
            scope = Set.of(programme.id());
        }
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<Long, String> codes = new HashMap<>();
        programmes.all().forEach(p -> codes.put(p.id(), p.code()));
        Map<Long, Set<ExploitationType>> exploitation = new HashMap<>();
        for (Object[] pair : repository.exploitationOf(scope)) {
            exploitation.computeIfAbsent((Long) pair[0], id -> EnumSet.noneOf(ExploitationType.class))
                    .add((ExploitationType) pair[1]);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Object[] f : repository.statisticsFacts(scope)) {
            int year = ((java.time.LocalDate) f[5]).getYear();
            rows.add(List.of(codes.get((Long) f[1]), Integer.toString(year), ((Gender) f[2]).name(),
                    KAnonymity.ageBand((Integer) f[3], year), f[4] == null ? "Unknown" : (String) f[4],
                    exploitation.getOrDefault((Long) f[0], Set.of()).stream().map(Enum::name).sorted()
                            .collect(Collectors.joining(";"))));
        }
        List<List<String>> released = KAnonymity.release(rows, k);
        audit.record(AuditActions.EXPORT, "survivor", null, "anonymised extract, k=" + k + ": " + released.size()
                + " of " + rows.size() + " consenting survivors released");
        return released;
    }

    public String anonymisedCsv(String programmeCode, Integer k) {
        CsvWriter csv = new CsvWriter().row(EXTRACT_COLUMNS);
        anonymisedExtract(programmeCode, k).forEach(csv::row);
        return csv.toString();
    }

    public byte[] anonymisedWorkbook(String programmeCode, Integer k) {
        try (SheetWriter sheet = new SheetWriter()) {
            sheet.sheet("Anonymised extract").header(EXTRACT_COLUMNS);
            anonymisedExtract(programmeCode, k).forEach(r -> sheet.row(r.toArray()));
            return sheet.toBytes();
        }
    }
}
