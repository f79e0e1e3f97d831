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
import org.liberta.platform.api.ui.PagedLazyModel;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.training.internal.application.CertificateService;
import org.liberta.training.internal.application.CertificateService.CertificateView;
import org.liberta.training.internal.application.TrainingService;
import org.liberta.training.internal.application.TrainingService.CourseView;
import org.liberta.training.internal.application.TrainingService.NewSession;
import org.liberta.training.internal.application.TrainingService.SessionView;
import org.liberta.training.internal.domain.TrainingRepository.AttendeeNeed;

/** The trainer's sessions, newest first and paged in the database, and a short form to record a new one. */
@Named
@ViewScoped
public class SessionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingService training;

    @Inject
    private Programmes programmes;

    @Inject
    private Caller caller;

    @Inject
    private CertificateService certificates;

    private PagedLazyModel<SessionView> sessions;
    private AttendeeNeed need;
    private java.time.YearMonth month;
    private PagedLazyModel<CertificateView> expiring;
    private List<CourseView> courses;
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
        // The filters come from view parameters, set after this runs: the model reads them when it loads a page.
        sessions = new PagedLazyModel<>(page -> need != null ? training.sessionsNeeding(need, page)
                : month != null ? training.sessions(month.atDay(1), month.atEndOfMonth(), page)
                : training.sessions(null, null, page), SessionView::id);
        expiring = new PagedLazyModel<>(page -> certificates.expiring(TrainingService.EXPIRING_DAYS, page),
                CertificateView::id);
        courses = training.courses();
        List<ProgrammeSummary> mine = getProgrammes();
        programme = mine.isEmpty() ? null : mine.get(0).code();
    }

    public List<ProgrammeSummary> getProgrammes() {
        return programmes.all().stream().filter(p -> caller.canSeeProgramme(p.id())).toList();
    }

    /** Records the session and opens it, ready for the attendance list. */
    public void create() throws IOException {
        NewSession s = new NewSession(programme, course, date, endDate, location, online, trainer, partnerOrganisation, null, null);
        SessionView[] created = new SessionView[1];
        if (UiFeedback.attempt(() -> created[0] = training.createSession(s), null)) {
            FacesContext.getCurrentInstance().getExternalContext().redirect("session.xhtml?id=" + created[0].id());
        }
    }

    /** Whether the list is narrowed (?needs=SCORES_MISSING, or ?month=2026-12 for "sessions this month"). */
    public boolean isNarrowed() {
        return need != null || month != null;
    }

    public String getNeed() {
        return need == null ? null : need.name();
    }

    /** An unknown value lists every session rather than failing: the parameter comes from a link. */
    public void setNeed(String value) {
        need = java.util.Arrays.stream(AttendeeNeed.values()).filter(n -> n.name().equals(value)).findFirst().orElse(null);
    }

    public String getMonth() {
        return month == null ? null : month.toString();
    }

    /** Like {@link #setNeed}: a month that cannot be read lists every session. */
    public void setMonth(String value) {
        try {
            month = value == null || value.isBlank() ? null : java.time.YearMonth.parse(value.strip());
        } catch (java.time.format.DateTimeParseException unreadable) {
            month = null;
        }
    }

    /** The month as the reader says it ("December 2026", "decembrie 2026"). */
    public String getMonthLabel() {
        return month == null ? "" : month.format(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy",
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    public PagedLazyModel<CertificateView> getExpiring() {
        return expiring;
    }

    public PagedLazyModel<SessionView> getSessions() {
        return sessions;
    }

    public List<CourseView> getCourses() {
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
