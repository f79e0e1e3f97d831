package org.liberta.platform.api.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.liberta.platform.api.imports.ImportLineResult;
import org.liberta.platform.api.imports.ImportSummary;
import org.liberta.platform.api.imports.SliceWriting;

/**
 * Where an import page stands, the same for every import: a file read and previewed, then written a slice at a
 * time as the page's poll asks (so a progress bar moves and each slice commits on its own), then summarised.
 * A slice that fails stops the run and keeps what has landed.
 */
public final class SlicedImport implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Nothing uploaded, a preview to confirm, an import under way, or finished. */
    public enum Stage { EMPTY, PREVIEW, RUNNING, DONE }

    /** Writes the prepared lines [from, to) and answers what became of each. */
    @FunctionalInterface
    public interface Slice {
        List<ImportLineResult> write(int from, int to);
    }

    private Stage stage = Stage.EMPTY;
    private int lines;
    private int next;
    private final List<ImportLineResult> results = new ArrayList<>();
    private ImportSummary summary;

    /** A file was read and checked: {@code lines} to write once the user confirms. */
    public void previewed(int lines) {
        reset();
        this.lines = lines;
        stage = Stage.PREVIEW;
    }

    /** The user confirmed; the lines the preview rejected are counted in the summary. */
    public boolean start(List<ImportLineResult> rejectedBeforehand) {
        if (stage != Stage.PREVIEW) {
            return false;
        }
        next = 0;
        results.clear();
        results.addAll(rejectedBeforehand);
        stage = Stage.RUNNING;
        return true;
    }

    /** Writes the next slice; answers the summary after the last one, otherwise null. */
    public ImportSummary step(Slice slice) {
        if (stage != Stage.RUNNING) {
            return null;
        }
        int from = next;
        int to = Math.min(from + SliceWriting.SLICE, lines);
        if (!UiFeedback.attempt(() -> results.addAll(slice.write(from, to)), null)) {
            stage = Stage.PREVIEW; // e.g. the session lost its rights: stop, keep what has landed
            return null;
        }
        next = to;
        if (next < lines) {
            return null;
        }
        summary = ImportSummary.of(results);
        stage = Stage.DONE;
        return summary;
    }

    public void reset() {
        stage = Stage.EMPTY;
        lines = 0;
        next = 0;
        results.clear();
        summary = null;
    }

    public Stage getStage() {
        return stage;
    }

    public int getProgress() {
        return stage == Stage.DONE ? 100 : lines == 0 ? 0 : (int) (100L * next / lines);
    }

    /** Lines rejected while writing (the preview's own rejections included once started). */
    public List<ImportLineResult> rejected() {
        return results.stream().filter(r -> ImportLineResult.REJECTED.equals(r.outcome())).toList();
    }

    public ImportSummary getSummary() {
        return summary;
    }
}
