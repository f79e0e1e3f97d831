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
import org.liberta.platform.api.imports.SliceWriting;
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
    private int next;
    private final List<ImportLineResult> results = new ArrayList<>();
    private ImportSummary summary;
    private Stage stage = Stage.EMPTY;

    /** Where the page is: nothing uploaded, a preview to confirm, an import under way, or finished. */
    public enum Stage { EMPTY, PREVIEW, RUNNING, DONE }

    /** Reads and checks the file and works out what each line would do; nothing is written yet. */
    public void upload(FileUploadEvent event) {
        reset();
        if (UiFeedback.attempt(() -> {
            prepared = imports.prepare(event.getFile().getContent());
            preview = imports.preview(prepared);
        }, null)) {
            stage = Stage.PREVIEW;
        }
    }

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

    /** Imports the next slice; after the last one the import is summarised and audited. */
    public void step() {
        if (stage != Stage.RUNNING) {
            return;
        }
        int from = next;
        if (!UiFeedback.attempt(() -> results.addAll(imports.apply(prepared, from, from + SliceWriting.SLICE)), null)) {
            stage = Stage.PREVIEW;
            return;
        }
        next = Math.min(from + SliceWriting.SLICE, prepared.lines().size());
        if (next >= prepared.lines().size()) {
            summary = ImportSummary.of(results);
            imports.finished(summary);
            stage = Stage.DONE;
            UiFeedback.info(UiFeedback.text(CourtsMenu.BUNDLE, "import.done"));
        }
    }

    public void reset() {
        prepared = null;
        preview = null;
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
        List<ImportLineResult> rejected = new ArrayList<>(stage == Stage.PREVIEW && preview != null ? preview.rejected()
                : results.stream().filter(r -> r.outcome().equals(ImportLineResult.REJECTED)).toList());
        rejected.sort(Comparator.comparingInt(ImportLineResult::line));
        return rejected;
    }

    public ImportSummary getSummary() {
        return summary;
    }

    public StreamedContent getTemplate() {
        return DefaultStreamedContent.builder().name("court-cases-template.csv").contentType("text/csv")
                .stream(() -> new ByteArrayInputStream(CourtCaseImportService.template().getBytes(StandardCharsets.UTF_8)))
                .build();
    }
}
