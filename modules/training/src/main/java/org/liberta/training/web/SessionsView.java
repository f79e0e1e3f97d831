package org.liberta.training.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.ui.PagedLazyModel;
import org.liberta.training.internal.application.CertificateService.CertificateDetail;
import org.liberta.training.internal.application.CertificateService;
import org.liberta.training.internal.application.TrainingService.SessionDetail;
import org.liberta.training.internal.application.TrainingService;
import org.liberta.training.internal.domain.TrainingRepository.AttendeeNeed;

/**
 * The trainer's sessions, newest first and paged in the database (narrowed by a need or a month), and the
 * certificates expiring soon. Recording a new session is {@link NewSessionView}.
 */
@Named
@ViewScoped
public class SessionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingService training;

    @Inject
    private CertificateService certificates;

    private PagedLazyModel<SessionDetail> sessions;
    private AttendeeNeed need;
    private java.time.YearMonth month;
    private PagedLazyModel<CertificateDetail> expiring;

    @PostConstruct
    void init() {
        // The filters come from view parameters, set after this runs: the model reads them when it loads a page.
        sessions = new PagedLazyModel<>(page -> need != null ? training.sessionsNeeding(need, page)
                : month != null ? training.sessions(month.atDay(1), month.atEndOfMonth(), page)
                : training.sessions(null, null, page), SessionDetail::id);
        expiring = new PagedLazyModel<>(page -> certificates.expiring(TrainingService.EXPIRING_DAYS, page),
                CertificateDetail::id);
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

    public PagedLazyModel<CertificateDetail> getExpiring() {
        return expiring;
    }

    public PagedLazyModel<SessionDetail> getSessions() {
        return sessions;
    }
}
