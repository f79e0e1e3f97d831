package org.liberta.casework.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.casework.api.VocationalSupportKind;
import org.liberta.casework.internal.application.CareService;
import org.liberta.casework.internal.application.SurvivorService;

/**
 * What helps a survivor beyond care, on the events date: a case note, a peer mentor (another survivor, named by
 * their Liberta reference, e.g. UK-2021-0042) and vocational support.
 */
@Named
@ViewScoped
public class SupportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SurvivorFileView file;

    @Inject
    private CareEventsView events;

    @Inject
    private CareService care;

    @Inject
    private SurvivorService survivors;

    private String noteText;
    private String mentorReference;
    private LocalDate mentoringEnd;
    private VocationalSupportKind vocationalKind = VocationalSupportKind.SKILLS_TRAINING;
    private String provider;

    public void addNote() {
        long survivorId = file.getSurvivor().id();
        LocalDate day = events.getEventDate();
        if (file.record(() -> care.addNote(survivorId, new CareService.NoteRecord(day, noteText)))) {
            noteText = null;
        }
    }

    public void recordMentoring() {
        long survivorId = file.getSurvivor().id();
        LocalDate start = events.getEventDate();
        if (file.record(() -> care.recordMentoring(survivorId, new CareService.MentoringRecord(
                survivors.byReference(mentorReference).id(), start, mentoringEnd)))) {
            mentorReference = null;
        }
    }

    public void recordVocationalSupport() {
        long survivorId = file.getSurvivor().id();
        LocalDate day = events.getEventDate();
        file.record(() -> care.recordVocationalSupport(survivorId,
                new CareService.VocationalRecord(day, vocationalKind, provider, null)));
    }

    public VocationalSupportKind[] getVocationalKinds() {
        return VocationalSupportKind.values();
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public String getMentorReference() {
        return mentorReference;
    }

    public void setMentorReference(String mentorReference) {
        this.mentorReference = mentorReference;
    }

    public LocalDate getMentoringEnd() {
        return mentoringEnd;
    }

    public void setMentoringEnd(LocalDate mentoringEnd) {
        this.mentoringEnd = mentoringEnd;
    }

    public VocationalSupportKind getVocationalKind() {
        return vocationalKind;
    }

    public void setVocationalKind(VocationalSupportKind vocationalKind) {
        this.vocationalKind = vocationalKind;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }
}
