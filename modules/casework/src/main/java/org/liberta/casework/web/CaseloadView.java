package org.liberta.casework.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.casework.internal.application.SurvivorService;
import org.liberta.casework.internal.application.SurvivorDetail;
import org.liberta.casework.internal.domain.Survivor;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.ui.PagedLazyModel;

/**
 * The caseload: open cases of the navigator's programmes, next due first, paged in the database, with its filters.
 * Intake, on the same page, is {@link IntakeView}.
 */
@Named
@ViewScoped
public class CaseloadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SurvivorService survivors;

    @Inject
    private Programmes programmes;

    @Inject
    private Caller caller;

    private String programme;
    private Survivor.Status status = Survivor.Status.OPEN;
    private boolean overdueOnly;
    private boolean withoutPoliceContact;
    private PagedLazyModel<SurvivorDetail> model;

    @PostConstruct
    void init() {
        SurvivorService service = survivors;
        model = new PagedLazyModel<>(page -> service.caseload(programme, status, overdueOnly, withoutPoliceContact, page),
                SurvivorDetail::id);
    }

    /** The programmes the navigator works in: the filter's choices and intake's. */
    public List<ProgrammeSummary> getProgrammes() {
        return programmes.all().stream().filter(p -> caller.canSeeProgramme(p.id())).toList();
    }

    public Survivor.Status[] getStatuses() {
        return Survivor.Status.values();
    }

    public PagedLazyModel<SurvivorDetail> getModel() {
        return model;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public Survivor.Status getStatus() {
        return status;
    }

    public void setStatus(Survivor.Status status) {
        this.status = status;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public boolean isWithoutPoliceContact() {
        return withoutPoliceContact;
    }

    public void setWithoutPoliceContact(boolean withoutPoliceContact) {
        this.withoutPoliceContact = withoutPoliceContact;
    }
}
