package org.liberta.courts.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.courts.api.Custody;
import org.liberta.courts.internal.application.CourtCaseService;
import org.liberta.courts.internal.application.CourtViews.AccusedDetail;

/**
 * An accused bailed, at large or back in custody (issue 35), from the version the page shows: leaving custody puts
 * the case's witnesses at risk until the witness team has checked on them.
 */
@Named
@ViewScoped
public class CustodyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseView page;

    @Inject
    private CourtCaseService cases;

    private Long accusedId;
    private Custody custody = Custody.ON_BAIL;
    private LocalDate date = LocalDate.now();

    public void changeCustody() {
        Long version = page.getCourtCase().accused().stream().filter(a -> a.id() == (accusedId == null ? -1 : accusedId))
                .findFirst().map(AccusedDetail::version).orElse(null);
        page.record(() -> cases.changeCustody(page.getCourtCase().id(), accusedId == null ? -1 : accusedId,
                new CourtCaseService.CustodyChange(custody, date, version)));
    }

    public Long getAccusedId() {
        return accusedId;
    }

    public void setAccusedId(Long accusedId) {
        this.accusedId = accusedId;
    }

    public Custody getCustody() {
        return custody;
    }

    public void setCustody(Custody custody) {
        this.custody = custody;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
