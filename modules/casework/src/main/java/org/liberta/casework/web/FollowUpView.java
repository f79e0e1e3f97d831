package org.liberta.casework.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.casework.api.ContactMode;
import org.liberta.casework.internal.application.CareService;
import org.liberta.platform.api.ui.UiFeedback;

/**
 * The quick follow-up on a survivor's file, the form a navigator uses most: today, by phone, a note, the next
 * contact due in a week. After logging, the form is ready for the next one.
 */
@Named
@ViewScoped
public class FollowUpView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SurvivorFileView file;

    @Inject
    private CareService care;

    private LocalDate followUpDate = LocalDate.now();
    private ContactMode mode = ContactMode.PHONE;
    private String note;
    private LocalDate nextDue = LocalDate.now().plusDays(7);

    public void logFollowUp() {
        long survivorId = file.getSurvivor().id();
        if (UiFeedback.attempt(() -> care.logFollowUp(survivorId,
                new CareService.FollowUpRecord(followUpDate, mode, note, nextDue)), null)) {
            UiFeedback.info(SurvivorFileView.text("followUp.logged"));
            note = null;
            followUpDate = LocalDate.now();
            nextDue = LocalDate.now().plusDays(7);
            file.reload();
        }
    }

    public ContactMode[] getModes() {
        return ContactMode.values();
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public void setFollowUpDate(LocalDate followUpDate) {
        this.followUpDate = followUpDate;
    }

    public ContactMode getMode() {
        return mode;
    }

    public void setMode(ContactMode mode) {
        this.mode = mode;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getNextDue() {
        return nextDue;
    }

    public void setNextDue(LocalDate nextDue) {
        this.nextDue = nextDue;
    }
}
