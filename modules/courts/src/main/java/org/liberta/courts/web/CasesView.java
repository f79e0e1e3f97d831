package org.liberta.courts.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.courts.api.CaseStage;
import org.liberta.courts.internal.application.CourtCaseService;
import org.liberta.courts.internal.application.CourtViews.CaseDetail;
import org.liberta.courts.internal.application.CourtViews.CaseRow;
import org.liberta.courts.internal.domain.CourtCase;
import org.liberta.courts.internal.domain.CourtsRepository.CaseNeed;
import org.liberta.courts.internal.domain.CourtsRepository.CaseSort;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.ui.PagedLazyModel;
import org.liberta.platform.api.ui.UiFeedback;

/** "My cases": the lawyer's prosecutions, filtered and sorted in the database, and opening a new one. */
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

    private String newProgramme;
    private String newCaseNumber;
    private String court;
    private String district;
    private LocalDate filedOn;
    private String offences;

    @PostConstruct
    void init() {
        CourtCaseService service = cases;
        model = new PagedLazyModel<>(page -> service.cases(programme, null, stage, status, caseNumber, need, sort, page),
                CaseRow::id);
        List<ProgrammeSummary> mine = getProgrammes();
        newProgramme = mine.isEmpty() ? null : mine.get(0).code();
    }

    /** Opens the case and goes to its page. */
    public void open() throws IOException {
        Set<String> offenceSet = new LinkedHashSet<>();
        if (offences != null) {
            Arrays.stream(offences.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(offenceSet::add);
        }
        CaseDetail[] created = new CaseDetail[1];
        if (UiFeedback.attempt(() -> created[0] = cases.open(new CourtCaseService.NewCase(newProgramme, newCaseNumber,
                court, null, district, filedOn, filedOn, null, offenceSet, Set.of(), null)), null)) {
            FacesContext.getCurrentInstance().getExternalContext().redirect("case.xhtml?id=" + created[0].id());
        }
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

    public String getNewProgramme() {
        return newProgramme;
    }

    public void setNewProgramme(String newProgramme) {
        this.newProgramme = newProgramme;
    }

    public String getNewCaseNumber() {
        return newCaseNumber;
    }

    public void setNewCaseNumber(String newCaseNumber) {
        this.newCaseNumber = newCaseNumber;
    }

    public String getCourt() {
        return court;
    }

    public void setCourt(String court) {
        this.court = court;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public void setFiledOn(LocalDate filedOn) {
        this.filedOn = filedOn;
    }

    public String getOffences() {
        return offences;
    }

    public void setOffences(String offences) {
        this.offences = offences;
    }
}
