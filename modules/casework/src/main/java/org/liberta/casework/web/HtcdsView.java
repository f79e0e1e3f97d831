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
import org.liberta.casework.internal.application.HtcdsImportService.Prepared;
import org.liberta.casework.internal.application.SurvivorExportService;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.sheets.Spreadsheets;
import org.liberta.platform.api.ui.SlicedImport;
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
    private final SlicedImport run = new SlicedImport();

    @PostConstruct
    void init() {
        List<ProgrammeSummary> mine = getProgrammes();
        programme = mine.isEmpty() ? null : mine.get(0).code();
    }

    public List<ProgrammeSummary> getProgrammes() {
        return programmes.all().stream().filter(p -> caller.canSeeProgramme(p.id())).toList();
    }

    /** Reads and checks the uploaded file; nothing is written until the user confirms. */
    public void upload(FileUploadEvent event) {
        reset();
        if (UiFeedback.attempt(() -> prepared = imports.prepare(programme, event.getFile().getContent()), null)) {
            run.previewed(prepared.lines().size());
        }
    }

    /** Starts the import; the page's poll then calls {@link #step} until every line is done. */
    public void start() {
        if (run.start(prepared.rejected())) {
            step();
        }
    }

    /** Imports the next slice; the last one summarises and audits the import. */
    public void step() {
        ImportSummary summary = run.step((from, to) -> imports.apply(prepared, from, to));
        if (summary != null) {
            imports.finished(prepared, summary);
            UiFeedback.info(UiFeedback.text(CaseworkMenu.BUNDLE, "htcds.done"));
        }
    }

    public void reset() {
        prepared = null;
        run.reset();
    }

    public SlicedImport.Stage getStage() {
        return run.getStage();
    }

    public int getProgress() {
        return run.getProgress();
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
        run.rejected().stream().filter(r -> !rejected.contains(r)).forEach(rejected::add);
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
        return run.getSummary();
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
