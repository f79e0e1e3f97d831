package org.liberta.training.internal.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.imports.ImportLineResult;
import org.liberta.platform.api.imports.ImportSummary;
import org.liberta.platform.api.imports.SliceWriting;

/**
 * Importing a session's sign-in sheet: read it, preview line by line what it would do (the import's own code,
 * rolled back), then write it in slices (the page shows progress; the API does all slices in one call). Re-sending
 * the same sheet changes nothing.
 */
@ApplicationScoped
public class SignInSheetImport {

    @Inject
    private Caller caller;

    @Inject
    private TrainingService training;

    @Inject
    private SignInSheetWriter writer;

    @Inject
    private AuditLog audit;

    /** A read sheet: its session, the lines to write, those rejected already, and who was seen on which line. */
    public record Prepared(long sessionId, List<SignInSheet.Line> lines, List<ImportLineResult> rejected,
            HashMap<String, Integer> seen) implements Serializable {
        private static final long serialVersionUID = 1L;

        public int size() {
            return lines.size();
        }
    }

    public Prepared prepare(long sessionId, byte[] file, String defaultOrganisation, String defaultProfession) {
        caller.requireAnyRole(TrainingService.TRAINERS);
        training.sessionInScope(sessionId);
        SignInSheet.Reading reading = SignInSheet.read(file, defaultOrganisation, defaultProfession);
        return new Prepared(sessionId, reading.lines(), reading.rejected(), new HashMap<>());
    }

    /** Every line: CREATED, UPDATED, UNCHANGED or REJECTED with the reasons; nothing is written. */
    public List<ImportLineResult> preview(Prepared prepared) {
        caller.requireAnyRole(TrainingService.TRAINERS);
        training.sessionInScope(prepared.sessionId());
        List<ImportLineResult> lines = new ArrayList<>(prepared.rejected());
        lines.addAll(writer.preview(prepared.sessionId(), prepared.lines()));
        lines.sort(Comparator.comparingInt(ImportLineResult::line));
        return lines;
    }

    /** Writes lines [from, to) of the sheet. */
    public List<ImportLineResult> apply(Prepared prepared, int from, int to) {
        caller.requireAnyRole(TrainingService.TRAINERS);
        training.sessionInScope(prepared.sessionId());
        List<SignInSheet.Line> slice = prepared.lines().subList(from, Math.min(to, prepared.lines().size()));
        Map<String, Integer> seen = prepared.seen();
        return SliceWriting.write(slice, s -> writer.write(prepared.sessionId(), s, seen), SignInSheet.Line::line);
    }

    /** The whole sheet in one call (the REST API): read, write every slice, summarise, audit. */
    public ImportSummary importAll(long sessionId, byte[] file, String defaultOrganisation, String defaultProfession) {
        Prepared prepared = prepare(sessionId, file, defaultOrganisation, defaultProfession);
        List<ImportLineResult> results = new ArrayList<>(prepared.rejected());
        for (int from = 0; from < prepared.size(); from += SliceWriting.SLICE) {
            results.addAll(apply(prepared, from, from + SliceWriting.SLICE));
        }
        ImportSummary summary = ImportSummary.of(results);
        finished(prepared, summary);
        return summary;
    }

    /** Records that a sheet was imported, with its counts (never a name from it). */
    public void finished(Prepared prepared, ImportSummary summary) {
        audit.record(AuditActions.CREATE, "training-sign-in-sheet", prepared.sessionId(), summary.counts());
    }

    public static String template() {
        return SignInSheet.template();
    }
}
