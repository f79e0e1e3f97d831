package org.liberta.courts.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.courts.internal.application.CourtCaseCsv.CaseLine;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.ServiceBusyException;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.imports.ImportLineResult;
import org.liberta.platform.api.imports.ImportSummary;
import org.liberta.platform.api.imports.SliceWriting;

/**
 * Imports the spreadsheet lawyers keep of their cases and hearings (CSV, one line per hearing). {@link #prepare}
 * reads and checks every line; {@link #preview} tells, for the page, what each line will do; {@link #apply}
 * writes a slice of lines per transaction (a failing slice is retried line by line, so a line that cannot be
 * saved writes nothing and the rest still land). Cases are matched by court and case number, hearings by case
 * and day, so sending the same file again changes nothing.
 */
@ApplicationScoped
public class CourtCaseImportService {

    /** Imports parse whole files and write thousands of rows: at most two run at once, server-wide. */
    private final Semaphore running = new Semaphore(2);

    @Inject
    private Caller caller;

    @Inject
    private Programmes programmes;

    @Inject
    private CourtCaseImportWriter writer;

    @Inject
    private AuditLog audit;

    /** A checked file: the lines to write, and those rejected already for what they say on their own. */
    public record Prepared(List<CaseLine> lines, List<ImportLineResult> rejected) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The preview: per line what will happen (CREATED / UPDATED / UNCHANGED / REJECTED with reasons). */
    public record Preview(List<ImportLineResult> lines) implements Serializable {
        private static final long serialVersionUID = 1L;

        public long count(String outcome) {
            return lines.stream().filter(l -> l.outcome().equals(outcome)).count();
        }

        public List<ImportLineResult> rejected() {
            return lines.stream().filter(l -> l.outcome().equals(ImportLineResult.REJECTED)).toList();
        }
    }

    public Prepared prepare(byte[] file) {
        caller.requireAnyRole(CourtsAccess.WRITE_ROLES);
        Map<String, ProgrammeSummary> mine = new HashMap<>();
        programmes.all().stream().filter(p -> caller.canSeeProgramme(p.id())).forEach(p -> mine.put(p.code(), p));
        CourtCaseCsv.Reading reading = CourtCaseCsv.read(file, mine, LocalDate.now());
        return new Prepared(reading.lines(), reading.rejected());
    }

    public Preview preview(Prepared prepared) {
        caller.requireAnyRole(CourtsAccess.WRITE_ROLES);
        List<ImportLineResult> lines = new ArrayList<>(prepared.rejected());
        exclusively(() -> lines.addAll(writer.preview(prepared.lines())));
        lines.sort(Comparator.comparingInt(ImportLineResult::line));
        return new Preview(List.copyOf(lines));
    }

    /** Writes lines [from, to) of a prepared file. */
    public List<ImportLineResult> apply(Prepared prepared, int from, int to) {
        caller.requireAnyRole(CourtsAccess.WRITE_ROLES);
        List<CaseLine> slice = prepared.lines().subList(from, Math.min(to, prepared.lines().size()));
        slice.forEach(l -> caller.requireProgramme(programmes.requireByCode("programme", l.programme()).id()));
        return SliceWriting.write(slice, writer::write, CaseLine::line);
    }

    /** The whole import in one call (the REST API): check, write every slice, summarise, audit. */
    public ImportSummary importAll(byte[] file) {
        Prepared prepared = prepare(file);
        List<ImportLineResult> results = new ArrayList<>(prepared.rejected());
        exclusively(() -> {
            for (int from = 0; from < prepared.lines().size(); from += SliceWriting.SLICE) {
                results.addAll(apply(prepared, from, from + SliceWriting.SLICE));
            }
        });
        ImportSummary summary = ImportSummary.of(results);
        finished(summary);
        return summary;
    }

    /** Records that an import finished, with its counts (never a value from the file). */
    public void finished(ImportSummary summary) {
        audit.record(AuditActions.CREATE, "court-case-import", null, summary.counts());
    }

    private void exclusively(Runnable work) {
        if (!running.tryAcquire()) {
            throw new ServiceBusyException("two imports are already running; try again in a minute");
        }
        try {
            work.run();
        } finally {
            running.release();
        }
    }

    /** A file with the columns the import reads and one example line, for lawyers to start from. */
    public static String template() {
        return new org.liberta.platform.api.sheets.CsvWriter().row(new ArrayList<Object>(CourtCaseCsv.COLUMNS))
                .row("BD", "Women and Children Repression Prevention Tribunal 1, Jessore", "Jessore", "Tr. 112/2019",
                        "2019-03-14", "PROSECUTION_WITNESSES", "2021-02-01", "", "",
                        "PSHTA 2012 s.6; PSHTA 2012 s.7", "2021-06-10 10:30", "WITNESS_EXAMINATION", "ADJOURNED",
                        "WITNESS_ABSENT", "VICTIM", "")
                .toString();
    }
}
