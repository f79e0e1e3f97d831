package org.liberta.training.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.imports.ImportLineResult;
import org.liberta.platform.api.imports.ImportSummary;
import org.liberta.platform.api.ui.SlicedImport;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.training.internal.application.AttendeeService;
import org.liberta.training.internal.application.AttendeeService.NewAttendee;
import org.liberta.training.internal.application.SignInSheetImport;
import org.liberta.training.internal.domain.Profession;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Attendance going in fast: paste a column of names from a spreadsheet (a name per line, optionally followed by a tab
 * or comma and the organisation, then the e-mail), or upload the sign-in sheet, previewed line by line and imported in
 * slices with progress; the organisation and profession most of the room share are filled in once for both.
 */
@Named("attendeeEntry")
@ViewScoped
public class AttendeeEntryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SessionPageView page;

    @Inject
    private AttendeeService attendees;

    @Inject
    private SignInSheetImport sheets;

    private String pasted;
    private String organisation;
    private String profession = Profession.POLICE.name();
    private SignInSheetImport.Prepared sheet;
    private List<ImportLineResult> preview = List.of();
    private final SlicedImport run = new SlicedImport();

    /**
     * Adds every pasted line that is valid and reports the others by line number; a line naming someone already
     * on the session is reported, not added twice.
     */
    public void addPasted() {
        if (pasted == null || pasted.isBlank()) {
            UiFeedback.error(UiFeedback.text(TrainingMenu.BUNDLE, "session.pasteEmpty"));
            return;
        }
        int added = 0;
        List<String> problems = new ArrayList<>();
        String[] lines = pasted.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split("\t|;|,");
            String org = cells.length > 1 && !cells[1].isBlank() ? cells[1].strip() : organisation;
            String email = cells.length > 2 && !cells[2].isBlank() ? cells[2].strip() : null;
            NewAttendee a = new NewAttendee(cells[0].strip(), org, profession, null, null, email, null, true, null, null,
                    null, null, null, null);
            try {
                attendees.add(page.getSession().id(), a);
                added++;
            } catch (InvalidInputException e) {
                problems.add(UiFeedback.text(TrainingMenu.BUNDLE, "session.line") + " " + (i + 1) + ": "
                        + e.errors().get(0).field() + " " + e.errors().get(0).message());
            }
        }
        UiFeedback.info(added + " " + UiFeedback.text(TrainingMenu.BUNDLE, "session.added"));
        problems.forEach(UiFeedback::error);
        pasted = problems.isEmpty() ? null : pasted;
        page.reload();
    }

    /** Reads the sign-in sheet and previews every line; nothing is written until the trainer confirms. */
    public void uploadSheet(FileUploadEvent event) {
        resetSheet();
        if (UiFeedback.attempt(() -> {
            sheet = sheets.prepare(page.getSession().id(), event.getFile().getContent(), organisation, profession);
            preview = sheets.preview(sheet);
        }, null)) {
            run.previewed(sheet.size());
        }
    }

    public void importSheet() {
        if (run.start(sheet.rejected())) {
            stepSheet();
        }
    }

    /** The page's poll: the next slice of the sheet; the last one summarises the import. */
    public void stepSheet() {
        ImportSummary summary = run.step((from, to) -> sheets.apply(sheet, from, to));
        if (summary != null) {
            sheets.finished(sheet, summary);
            UiFeedback.info(UiFeedback.text(TrainingMenu.BUNDLE, "sheet.done"));
            page.reload();
        }
    }

    public void resetSheet() {
        sheet = null;
        preview = List.of();
        run.reset();
    }

    public long previewCount(String outcome) {
        return preview.stream().filter(l -> l.outcome().equals(outcome)).count();
    }

    /** Lines the preview or the import rejected, in file order. */
    public List<ImportLineResult> getSheetRejected() {
        List<ImportLineResult> rejected = new ArrayList<>(run.getStage() == SlicedImport.Stage.PREVIEW
                ? preview.stream().filter(l -> l.outcome().equals(ImportLineResult.REJECTED)).toList() : run.rejected());
        rejected.sort(Comparator.comparingInt(ImportLineResult::line));
        return rejected;
    }

    public SlicedImport getRun() {
        return run;
    }

    public StreamedContent getSheetTemplate() {
        return DefaultStreamedContent.builder().name("sign-in-sheet-template.csv").contentType("text/csv")
                .stream(() -> new ByteArrayInputStream(SignInSheetImport.template()
                        .getBytes(StandardCharsets.UTF_8))).build();
    }

    public Profession[] getProfessions() {
        return Profession.values();
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }
}
