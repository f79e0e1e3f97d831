package org.liberta.training.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.AccessDeniedException;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.training.internal.application.AttendeeService;
import org.liberta.training.internal.application.AttendeeService.AttendeeView;
import org.liberta.training.internal.application.AttendeeService.NewAttendee;
import org.liberta.training.internal.application.TrainingService;
import org.liberta.training.internal.domain.Profession;

/**
 * One session and who attended. Attendance goes in fast: paste a column of names from a spreadsheet (a name per
 * line, optionally followed by a tab or comma and the organisation, then the e-mail), with the organisation and
 * profession most of the room share filled in once.
 */
@Named("sessionPage")
@ViewScoped
public class SessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingService training;

    @Inject
    private AttendeeService attendees;

    private Long id;
    private TrainingService.SessionView session;
    private List<AttendeeView> list = List.of();
    private String pasted;
    private String organisation;
    private String profession = Profession.POLICE.name();

    /** f:viewAction: loads the session, or goes back to the list when it is not the caller's. */
    public void load() throws IOException {
        try {
            session = training.session(id == null ? -1 : id);
            list = attendees.attendees(session.id());
        } catch (NotFoundException | AccessDeniedException e) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            UiFeedback.error(UiFeedback.text("ui.notFound"));
            FacesContext.getCurrentInstance().getExternalContext().redirect("index.xhtml");
        }
    }

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
                attendees.add(session.id(), a);
                added++;
            } catch (InvalidInputException e) {
                problems.add(UiFeedback.text(TrainingMenu.BUNDLE, "session.line") + " " + (i + 1) + ": "
                        + e.errors().get(0).field() + " " + e.errors().get(0).message());
            }
        }
        UiFeedback.info(added + " " + UiFeedback.text(TrainingMenu.BUNDLE, "session.added"));
        problems.forEach(UiFeedback::error);
        pasted = problems.isEmpty() ? null : pasted;
        reload();
    }

    public void toggleCompleted(AttendeeView a) {
        if (UiFeedback.attempt(() -> attendees.update(session.id(), a.attendanceId(), !a.completed(), null), null)) {
            reload();
        }
    }

    private void reload() {
        session = training.session(session.id());
        list = attendees.attendees(session.id());
    }

    public Profession[] getProfessions() {
        return Profession.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TrainingService.SessionView getSession() {
        return session;
    }

    public List<AttendeeView> getList() {
        return list;
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
