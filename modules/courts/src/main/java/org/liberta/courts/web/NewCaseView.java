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

import org.liberta.courts.internal.application.CourtCaseService;
import org.liberta.courts.internal.application.CourtViews.CaseDetail;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.ui.UiFeedback;

/** Opening a new case from "My cases": programme, case number, court, district, day filed, offences; then its page. */
@Named
@ViewScoped
public class NewCaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasesView list;

    @Inject
    private CourtCaseService cases;

    private String newProgramme;
    private String newCaseNumber;
    private String court;
    private String district;
    private LocalDate filedOn;
    private String offences;

    @PostConstruct
    void init() {
        List<ProgrammeSummary> mine = list.getProgrammes();
        newProgramme = mine.isEmpty() ? null : mine.get(0).code();
    }

    /** Opens the case and goes to its page; offences are typed one per line or separated by semicolons. */
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
