package org.liberta.casework.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import org.liberta.casework.api.ConsentPurpose;
import org.liberta.casework.internal.application.HtcdsImportService;
import org.liberta.platform.api.imports.ImportLineResult;
import org.liberta.platform.api.imports.ImportSummary;
import org.liberta.platform.api.imports.SliceWriting;
import org.liberta.casework.internal.application.HtcdsImportService.Prepared;
import org.liberta.casework.internal.application.SurvivorExportService;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.sheets.Spreadsheets;
import org.liberta.platform.api.ui.UiFeedback;

/**
 * The HTCDS page: upload a partner's template, see what it would create, update and reject, then import it in
 * slices the page asks for one after another (so a progress bar moves and each slice commits); and the downloads
 * (HTCDS workbook, k-anonymised extract).
 */
@Named
@ViewScoped
public class HtcdsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HtcdsImportService imports;

    @Inject
    private SurvivorExportService exports;

    @Inject
    private Programmes programmes;

    @Inject
    private Caller caller;

    private String programme;
    private String sharedFor;
    private Prepared prepared;
    private int next;
    private final List<ImportLineResult> results = new ArrayList<>();
    private ImportSummary summary;
    private Stage stage = Stage.EMPTY;

    @PostConstruct
    void init() {
        List<ProgrammeSummary> mine = getProgrammes();
        programme = mine.isEmpty() ? null : mine.get(0).code();
    }

    public List<ProgrammeSummary> getProgrammes() {
        return programmes.all().stream().filter(p -> caller.canSeeProgramme(p.id())).toList();
    }

    /** Where the page is: nothing uploaded, a preview to confirm, an import under way, or finished. */
    public enum Stage { EMPTY, PREVIEW, RUNNING, DONE }

    /** Reads and checks the uploaded file; nothing is written until the user confirms. */
    public void upload(FileUploadEvent event) {
        reset();
        if (UiFeedback.attempt(() -> prepared = imports.prepare(programme, event.getFile().getContent()), null)) {
            stage = Stage.PREVIEW;
        }
    }

    /** Starts the import; the page's poll then calls {@link #step} until every line is done. */
    public void start() {
        if (stage != Stage.PREVIEW) {
            return;
        }
        next = 0;
        results.clear();
        results.addAll(prepared.rejected());
        stage = Stage.RUNNING;
        step();
    }

    /** Imports the next slice; the last one summarises and audits the import. */
    public void step() {
        if (stage != Stage.RUNNING) {
            return;
        }
        int from = next;
        if (!UiFeedback.attempt(() -> results.addAll(imports.apply(prepared, from, from + SliceWriting.SLICE)), null)) {
            stage = Stage.PREVIEW; // e.g. the session lost its rights: stop, keep what has landed
            return;
        }
        next = Math.min(from + SliceWriting.SLICE, prepared.lines().size());
        if (next >= prepared.lines().size()) {
            summary = ImportSummary.of(results);
            imports.finished(prepared, summary);
            stage = Stage.DONE;
            UiFeedback.info(UiFeedback.text(CaseworkMenu.BUNDLE, "htcds.done"));
        }
    }

    public void reset() {
        prepared = null;
        summary = null;
        next = 0;
        results.clear();
        stage = Stage.EMPTY;
    }

    public Stage getStage() {
        return stage;
    }

    public int getProgress() {
        if (stage == Stage.DONE) {
            return 100;
        }
        return prepared == null || prepared.lines().isEmpty() ? 0 : (int) (100L * next / prepared.lines().size());
    }

    public StreamedContent getHtcdsWorkbook() {
        ConsentPurpose purpose = sharedFor == null || sharedFor.isBlank() ? null : ConsentPurpose.valueOf(sharedFor);
        String code = programme;
        return DefaultStreamedContent.builder().name("htcds-" + code + ".xlsx").contentType(Spreadsheets.XLSX)
                .stream(() -> new ByteArrayInputStream(exports.htcdsWorkbook(code, purpose))).build();
    }

    public StreamedContent getAnonymisedExtract() {
        String code = programme;
        return DefaultStreamedContent.builder().name("survivors-anonymised-" + code + ".csv").contentType("text/csv")
                .stream(() -> new ByteArrayInputStream(exports.anonymisedCsv(code, null).getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    public boolean isMayImport() {
        return caller.hasAnyRole(Role.CASEWORKER, Role.PARTNER, Role.ADMIN);
    }

    public boolean isMayExtract() {
        return caller.hasAnyRole(Role.MEL, Role.ADMIN, Role.CASEWORKER);
    }

    public List<ImportLineResult> getRejected() {
        List<ImportLineResult> rejected = new ArrayList<>(prepared == null ? List.of() : prepared.rejected());
        results.stream().filter(r -> "REJECTED".equals(r.outcome()) && !rejected.contains(r)).forEach(rejected::add);
        rejected.sort(java.util.Comparator.comparingInt(ImportLineResult::line));
        return rejected;
    }

    public List<HtcdsImportService.PlannedLine> getPlanned() {
        return prepared == null ? List.of() : prepared.lines();
    }

    public Prepared getPrepared() {
        return prepared;
    }

    public ImportSummary getSummary() {
        return summary;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getSharedFor() {
        return sharedFor;
    }

    public void setSharedFor(String sharedFor) {
        this.sharedFor = sharedFor;
    }
}
