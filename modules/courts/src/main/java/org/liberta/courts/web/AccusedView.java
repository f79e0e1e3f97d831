package org.liberta.courts.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.courts.api.Custody;
import org.liberta.courts.internal.application.CourtCaseService;

/** Adds an accused to the case: by alias (never a name), with the day of arrest and whether they are held. */
@Named
@ViewScoped
public class AccusedView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseView page;

    @Inject
    private CourtCaseService cases;

    private String alias;
    private LocalDate arrestedOn;
    private Custody custody = Custody.IN_CUSTODY;

    public void addAccused() {
        page.record(() -> cases.addAccused(page.getCourtCase().id(), new CourtCaseService.NewAccused(alias, arrestedOn,
                custody)));
        alias = null;
    }

    public Custody[] getCustodies() {
        return Custody.values();
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public LocalDate getArrestedOn() {
        return arrestedOn;
    }

    public void setArrestedOn(LocalDate arrestedOn) {
        this.arrestedOn = arrestedOn;
    }

    public Custody getCustody() {
        return custody;
    }

    public void setCustody(Custody custody) {
        this.custody = custody;
    }
}
