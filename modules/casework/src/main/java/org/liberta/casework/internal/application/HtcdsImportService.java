package org.liberta.casework.internal.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.casework.internal.application.HtcdsReader.HtcdsRecord;
import org.liberta.casework.internal.application.HtcdsReader.Reading;
import org.liberta.casework.internal.application.HtcdsReader.RejectedLine;
import org.liberta.casework.internal.domain.CaseworkRepository;
import org.liberta.casework.internal.domain.Survivor;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.ServiceBusyException;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.imports.ImportLineResult;
import org.liberta.platform.api.imports.ImportSummary;
import org.liberta.platform.api.imports.SliceWriting;
import org.liberta.platform.api.vault.IdentityVault;

/**
 * Imports a partner's filled-in HTCDS v2.0 template into a programme. First {@link #prepare}: the file is read,
 * every row checked and matched against the survivors already held (by name and birth date through the vault's
 * blind index, or for anonymous rows by the row's own digest), so a preview can show what will be created,
 * updated or rejected before anything is written. Then {@link #apply} writes a slice of lines at a time (the
 * page drives slices to show progress; the API runs them all): each slice commits on its own and, if it fails,
 * is retried line by line, so one bad line never takes good ones with it. Re-sending a file creates nothing new.
 */
@ApplicationScoped
public class HtcdsImportService {

    /** Imports parse whole workbooks and write thousands of rows: at most two run at once, server-wide. */
    private final Semaphore running = new Semaphore(2);

    @Inject
    private Caller caller;

    @Inject
    private Programmes programmes;

    @Inject
    private IdentityVault vault;

    @Inject
    private CaseworkRepository repository;

    @Inject
    private HtcdsImportWriter writer;

    @Inject
    private AuditLog audit;

    /** A line that will be written: the survivor it matched (null: a new survivor), and the reference shown. */
    public record PlannedLine(HtcdsRecord record, Long survivorId, String reference) implements Serializable {
        private static final long serialVersionUID = 1L;

        public int line() {
            return record.line();
        }
    }

    /** A checked file, ready to preview and apply. */
    public record Prepared(String programme, List<PlannedLine> lines, List<ImportLineResult> rejected) implements Serializable {
        private static final long serialVersionUID = 1L;

        public long toCreate() {
            return lines.stream().filter(l -> l.survivorId() == null).count();
        }

        public long toUpdate() {
            return lines.size() - toCreate();
        }
    }

    public Prepared prepare(String programmeCode, byte[] file) {
        caller.requireAnyRole(CaseworkAccess.CARE_ROLES);
        ProgrammeSummary programme = programmes.requireByCode("programme", programmeCode);
        caller.requireProgramme(programme.id());
        if (!running.tryAcquire()) {
            throw new ServiceBusyException("two imports are already running; try again in a minute");
        }
        try {
            Reading reading = HtcdsReader.read(file);
            List<PlannedLine> lines = new ArrayList<>();
            for (int from = 0; from < reading.records().size(); from += SliceWriting.SLICE) {
                List<HtcdsRecord> slice = reading.records().subList(from, Math.min(from + SliceWriting.SLICE, reading.records().size()));
                Map<HtcdsRecord, Survivor> held = match(programme, slice);
                for (HtcdsRecord record : slice) {
                    Survivor s = held.get(record);
                    lines.add(new PlannedLine(record, s == null ? null : s.getId(), s == null ? null : s.getReference()));
                }
            }
            List<ImportLineResult> rejected = new ArrayList<>();
            for (RejectedLine r : reading.rejected()) {
                rejected.add(ImportLineResult.rejected(r.line(), r.errors()));
            }
            return new Prepared(programme.code(), List.copyOf(lines), List.copyOf(rejected));
        } finally {
            running.release();
        }
    }

    /**
     * The survivors the lines describe, where the programme holds them already: by the Liberta reference a
     * previous export wrote as case owner, else by name and birth date (or, for anonymous rows, the row's digest)
     * through the vault's blind index, one query for the whole slice.
     */
    Map<HtcdsRecord, Survivor> match(ProgrammeSummary programme, List<HtcdsRecord> records) {
        Map<HtcdsRecord, Survivor> held = new HashMap<>();
        List<HtcdsRecord> byKey = new ArrayList<>();
        for (HtcdsRecord record : records) {
            Optional<Survivor> byReference = record.caseOwner() == null ? Optional.empty()
                    : repository.survivorByReference(record.caseOwner()).filter(s -> s.getProgrammeId() == programme.id());
            byReference.ifPresentOrElse(s -> held.put(record, s), () -> byKey.add(record));
        }
        Map<String, Long> found = vault.findSubjects(Survivor.VAULT_TYPE, HtcdsImportWriter.MATCH_FIELD,
                byKey.stream().map(r -> r.matchKey(programme.code())).toList());
        for (HtcdsRecord record : byKey) {
            Long id = found.get(record.matchKey(programme.code()));
            if (id != null) {
                repository.survivor(id).filter(s -> s.getProgrammeId() == programme.id()).ifPresent(s -> held.put(record, s));
            }
        }
        return held;
    }

    /** Writes lines [from, to) of a prepared file; each slice commits on its own, a failing slice line by line. */
    public List<ImportLineResult> apply(Prepared prepared, int from, int to) {
        caller.requireAnyRole(CaseworkAccess.CARE_ROLES);
        ProgrammeSummary programme = programmes.requireByCode("programme", prepared.programme());
        caller.requireProgramme(programme.id());
        List<PlannedLine> slice = prepared.lines().subList(from, Math.min(to, prepared.lines().size()));
        return SliceWriting.write(slice, lines -> writer.write(programme, lines), PlannedLine::line);
    }

    /** The whole import in one call (the REST API): prepare, apply every slice, summarise, audit. */
    public ImportSummary importAll(String programmeCode, byte[] file) {
        Prepared prepared = prepare(programmeCode, file);
        List<ImportLineResult> results = new ArrayList<>(prepared.rejected());
        for (int from = 0; from < prepared.lines().size(); from += SliceWriting.SLICE) {
            results.addAll(apply(prepared, from, from + SliceWriting.SLICE));
        }
        ImportSummary summary = ImportSummary.of(results);
        finished(prepared, summary);
        return summary;
    }

    /** Records in the audit trail that an import finished, with its counts (never a value from the file). */
    public void finished(Prepared prepared, ImportSummary summary) {
        audit.record(AuditActions.CREATE, "htcds-import", null, "programme " + prepared.programme() + ": "
                + summary.counts());
    }
}
