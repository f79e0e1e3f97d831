package org.liberta.courts.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.courts.api.CaseStage;
import org.liberta.courts.internal.application.CourtCaseService;
import org.liberta.courts.internal.application.CourtViews.CaseRow;
import org.liberta.courts.internal.domain.CourtCase;
import org.liberta.courts.internal.domain.CourtsRepository.CaseNeed;
import org.liberta.courts.internal.domain.CourtsRepository.CaseSort;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.ui.PagedLazyModel;

/** "My cases": the lawyer's prosecutions, filtered and sorted in the database. Opening one is {@link NewCaseView}. */
@Named
@ViewScoped
public class CasesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourtCaseService cases;

    @Inject
    private Programmes programmes;

    @Inject
    private Caller caller;

    private String programme;
    private CaseStage stage;
    private CourtCase.Status status = CourtCase.Status.PENDING;
    private String caseNumber;
    private CaseSort sort = CaseSort.NEXT_HEARING;
    private CaseNeed need;
    private PagedLazyModel<CaseRow> model;

    @PostConstruct
    void init() {
        CourtCaseService service = cases;
        model = new PagedLazyModel<>(page -> service.cases(programme, null, stage, status, caseNumber, need, sort, page),
                CaseRow::id);
    }

    public List<ProgrammeSummary> getProgrammes() {
        return programmes.all().stream().filter(p -> caller.canSeeProgramme(p.id())).toList();
    }

    public CaseStage[] getStages() {
        return CaseStage.values();
    }

    public CourtCase.Status[] getStatuses() {
        return CourtCase.Status.values();
    }

    /** The kind of work the list is narrowed to (?needs=OUTCOME_MISSING from the home page), or null. */
    public String getNeed() {
        return need == null ? null : need.name();
    }

    /**
     * An unknown value shows every case rather than an error: the parameter comes from a link. A gap in the record
     * can be in a closed case, so that list starts with every status.
     */
    public void setNeed(String value) {
        CaseNeed asked = Arrays.stream(CaseNeed.values()).filter(n -> n.name().equals(value)).findFirst().orElse(null);
        if (asked == need) {
            return; // a view parameter is applied again on a full postback: keep the filters chosen since
        }
        need = asked;
        if (need == CaseNeed.DATA_QUALITY) {
            status = null;
        } else if (need != null) {
            status = CourtCase.Status.PENDING;
            sort = need == CaseNeed.CLOCK_RUNNING_OUT ? CaseSort.OLDEST : sort;
        }
    }

    public CaseSort[] getSorts() {
        return CaseSort.values();
    }

    public PagedLazyModel<CaseRow> getModel() {
        return model;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme == null || programme.isBlank() ? null : programme;
    }

    public CaseStage getStage() {
        return stage;
    }

    public void setStage(CaseStage stage) {
        this.stage = stage;
    }

    public CourtCase.Status getStatus() {
        return status;
    }

    public void setStatus(CourtCase.Status status) {
        this.status = status;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public CaseSort getSort() {
        return sort;
    }

    public void setSort(CaseSort sort) {
        this.sort = sort == null ? CaseSort.NEXT_HEARING : sort;
    }
}
