package org.liberta.courts.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.courts.internal.application.CourtCaseImportService;
import org.liberta.courts.internal.application.CourtCaseImportService.Prepared;
import org.liberta.courts.internal.application.CourtCaseImportService.Preview;
import org.liberta.platform.api.imports.ImportLineResult;
import org.liberta.platform.api.imports.ImportSummary;
import org.liberta.platform.api.ui.SlicedImport;
import org.liberta.platform.api.ui.UiFeedback;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The court-case import page: upload the CSV, see line by line what it would create, update, leave as it is or
 * reject (and why), then import it in slices the page asks for one after another, so a progress bar moves and
 * each slice commits on its own.
 */
@Named
@ViewScoped
public class CourtImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourtCaseImportService imports;

    private Prepared prepared;
    private Preview preview;
    private final SlicedImport run = new SlicedImport();

    /** Reads and checks the file and works out what each line would do; nothing is written yet. */
    public void upload(FileUploadEvent event) {
        reset();
        if (UiFeedback.attempt(() -> {
            prepared = imports.prepare(event.getFile().getContent());
            preview = imports.preview(prepared);
        }, null)) {
            run.previewed(prepared.lines().size());
        }
    }

    public void start() {
        if (run.start(prepared.rejected())) {
            step();
        }
    }

    /** Imports the next slice; after the last one the import is summarised and audited. */
    public void step() {
        ImportSummary summary = run.step((from, to) -> imports.apply(prepared, from, to));
        if (summary != null) {
            imports.finished(summary);
            UiFeedback.info(UiFeedback.text(CourtsMenu.BUNDLE, "import.done"));
        }
    }

    public void reset() {
        prepared = null;
        preview = null;
        run.reset();
    }

    public SlicedImport.Stage getStage() {
        return run.getStage();
    }

    public int getProgress() {
        return run.getProgress();
    }

    public Preview getPreview() {
        return preview;
    }

    /** The preview's lines that will be written, for the table (rejections are listed apart). */
    public List<ImportLineResult> getPlanned() {
        return preview == null ? List.of() : preview.lines().stream()
                .filter(l -> !l.outcome().equals(ImportLineResult.REJECTED)).toList();
    }

    /** Lines rejected: before the import by the preview, during it by the writing. */
    public List<ImportLineResult> getRejected() {
        List<ImportLineResult> rejected = new ArrayList<>(run.getStage() == SlicedImport.Stage.PREVIEW && preview != null
                ? preview.rejected() : run.rejected());
        rejected.sort(Comparator.comparingInt(ImportLineResult::line));
        return rejected;
    }

    public ImportSummary getSummary() {
        return run.getSummary();
    }

    public StreamedContent getTemplate() {
        return DefaultStreamedContent.builder().name("court-cases-template.csv").contentType("text/csv")
                .stream(() -> new ByteArrayInputStream(CourtCaseImportService.template().getBytes(StandardCharsets.UTF_8)))
                .build();
    }
}
