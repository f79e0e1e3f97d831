package org.liberta.training.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.training.internal.application.TrainingService;
import org.liberta.training.internal.application.TrainingService.CourseDetail;
import org.liberta.training.internal.application.TrainingService.NewSession;
import org.liberta.training.internal.application.TrainingService.SessionDetail;

/** The short form that records a new session and opens it, ready for the attendance list. */
@Named
@ViewScoped
public class NewSessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingService training;

    @Inject
    private Programmes programmes;

    @Inject
    private Caller caller;

    private List<CourseDetail> courses;
    private String programme;
    private String course;
    private LocalDate date = LocalDate.now();
    private LocalDate endDate;
    private String location;
    private boolean online;
    private String trainer;
    private String partnerOrganisation;

    @PostConstruct
    void init() {
        courses = training.courses();
        List<ProgrammeSummary> mine = getProgrammes();
        programme = mine.isEmpty() ? null : mine.get(0).code();
    }

    public void create() throws IOException {
        NewSession s = new NewSession(programme, course, date, endDate, location, online, trainer, partnerOrganisation,
                null, null);
        SessionDetail[] created = new SessionDetail[1];
        if (UiFeedback.attempt(() -> created[0] = training.createSession(s), null)) {
            FacesContext.getCurrentInstance().getExternalContext().redirect("session.xhtml?id=" + created[0].id());
        }
    }

    public List<ProgrammeSummary> getProgrammes() {
        return programmes.all().stream().filter(p -> caller.canSeeProgramme(p.id())).toList();
    }

    public List<CourseDetail> getCourses() {
        return courses;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public String getTrainer() {
        return trainer;
    }

    public void setTrainer(String trainer) {
        this.trainer = trainer;
    }

    public String getPartnerOrganisation() {
        return partnerOrganisation;
    }

    public void setPartnerOrganisation(String partnerOrganisation) {
        this.partnerOrganisation = partnerOrganisation;
    }
}
