package org.liberta.courts.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.courts.api.CaseWitness;
import org.liberta.courts.internal.application.CaseWitnessService;
import org.liberta.courts.internal.application.CourtCaseService;
import org.liberta.courts.internal.application.CourtOrderService;
import org.liberta.courts.internal.application.CourtViews.CaseDetail;
import org.liberta.platform.api.ui.RecordPage;
import org.liberta.platform.api.ui.UiFeedback;

/**
 * The case page: loads the case and its witnesses and reads them again after a change. Its first job is the one done
 * at court on a phone ({@link HearingOutcomeView}); each other form has a bean of its own ({@link CaseStageView},
 * {@link AccusedDetail}, {@link VerdictView}, {@link CaseWitnessesView}, {@link HearingScheduleView}) that records
 * through {@link #record}.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourtCaseService cases;

    @Inject
    private CaseWitnessService caseWitnesses;

    private Long id;
    private CaseDetail courtCase;
    private List<CaseWitness> witnesses = List.of();
    private List<CourtOrderService.OrderDetail> orders = List.of();

    @Inject
    private CourtOrderService courtOrders;

    /** f:viewAction: loads the case, or goes back to the list when it is not the caller's to see. */
    public void load() throws IOException {
        RecordPage.loadOrReturnTo("index.xhtml", () -> {
            courtCase = cases.courtCase(RecordPage.idOrNone(id));
            witnesses = caseWitnesses.witnessesOf(courtCase.id());
            orders = courtOrders.ordersOf(courtCase.id());
        });
    }

    /** Reads the case again after a change. */
    public void reload() {
        courtCase = cases.courtCase(courtCase.id());
        witnesses = caseWitnesses.witnessesOf(courtCase.id());
        orders = courtOrders.ordersOf(courtCase.id());
    }

    /** Runs a form's change; on success says so and reads the case again, else the error is on the page. */
    public boolean record(Runnable action) {
        if (!UiFeedback.attempt(action, null)) {
            return false;
        }
        UiFeedback.info(text("case.saved"));
        reload();
        return true;
    }

    /** Days since the case was filed, or between filing and disposal once it is over. */
    public long getAgeDays() {
        LocalDate end = courtCase.disposedOn() != null ? courtCase.disposedOn() : LocalDate.now();
        return ChronoUnit.DAYS.between(courtCase.filedOn(), end);
    }

    static String text(String key) {
        return UiFeedback.text(CourtsMenu.BUNDLE, key);
    }

    public List<CourtOrderService.OrderDetail> getOrders() {
        return orders;
    }

    public List<CaseWitness> getWitnesses() {
        return witnesses;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CaseDetail getCourtCase() {
        return courtCase;
    }
}
