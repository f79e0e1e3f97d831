package org.liberta.casework.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.casework.api.ConsentPurpose;
import org.liberta.casework.api.ControlMethod;
import org.liberta.casework.api.RecruitmentMethod;
import org.liberta.casework.api.ExploitationType;
import org.liberta.casework.api.Gender;
import org.liberta.casework.internal.application.SurvivorService;
import org.liberta.casework.internal.application.SurvivorView;
import org.liberta.casework.internal.domain.Survivor;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.ui.PagedLazyModel;
import org.liberta.platform.api.ui.UiFeedback;

/** The caseload: open cases of the navigator's programmes, next due first, paged in the database; and intake. */
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
    private PagedLazyModel<SurvivorView> model;

    private String intakeProgramme;
    private String legalName;
    private String phone;
    private String address;
    private String identityDocument;
    private Gender gender = Gender.FEMININE;
    private Integer birthYear;
    private String nationality;
    private List<String> exploitationTypes = new ArrayList<>();
    private List<String> controlMethods = new ArrayList<>();
    private String recruitmentMethod;
    private String languages;
    private List<String> consents = new ArrayList<>(List.of(ConsentPurpose.SERVICES.name()));

    @PostConstruct
    void init() {
        SurvivorService service = survivors;
        model = new PagedLazyModel<>(page -> service.caseload(programme, status, overdueOnly, withoutPoliceContact, page),
                SurvivorView::id);
        List<ProgrammeSummary> mine = getProgrammes();
        intakeProgramme = mine.isEmpty() ? null : mine.get(0).code();
    }

    /** Records the intake and opens the new survivor's file. */
    public void intake() throws IOException {
        Set<ExploitationType> types = EnumSet.noneOf(ExploitationType.class);
        exploitationTypes.forEach(t -> types.add(ExploitationType.valueOf(t)));
        SurvivorView[] created = new SurvivorView[1];
        if (UiFeedback.attempt(() -> created[0] = survivors.intake(new SurvivorService.Intake(intakeProgramme, legalName,
                phone, address, identityDocument, gender, birthYear, nationality, types, controlMethodSet(),
                recruitmentMethod == null || recruitmentMethod.isBlank() ? null : RecruitmentMethod.valueOf(recruitmentMethod),
                languageSet(), null, consentPurposes())), null)) {
            legalName = null;
            phone = null;
            address = null;
            identityDocument = null;
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            UiFeedback.info(UiFeedback.text(CaseworkMenu.BUNDLE, "intake.done") + " " + created[0].pseudonym());
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect("survivor.xhtml?id=" + created[0].id());
        }
    }

    private Set<ControlMethod> controlMethodSet() {
        Set<ControlMethod> methods = EnumSet.noneOf(ControlMethod.class);
        controlMethods.forEach(c -> methods.add(ControlMethod.valueOf(c)));
        return methods;
    }

    /** Languages typed as "bn, en": split on commas and spaces; the service checks each code. */
    private Set<String> languageSet() {
        Set<String> codes = new java.util.TreeSet<>();
        if (languages != null) {
            for (String code : languages.split("[,\\s]+")) {
                if (!code.isBlank()) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    public Survivor.Status getStatus() {
        return status;
    }

    public void setStatus(Survivor.Status status) {
        this.status = status;
    }

    public Survivor.Status[] getStatuses() {
        return Survivor.Status.values();
    }

    public List<String> getAllControlMethods() {
        return Arrays.stream(ControlMethod.values()).map(Enum::name).toList();
    }

    public List<String> getAllRecruitmentMethods() {
        return Arrays.stream(RecruitmentMethod.values()).map(Enum::name).toList();
    }

    public List<String> getControlMethods() {
        return controlMethods;
    }

    public void setControlMethods(List<String> controlMethods) {
        this.controlMethods = controlMethods == null ? new ArrayList<>() : new ArrayList<>(controlMethods);
    }

    public String getRecruitmentMethod() {
        return recruitmentMethod;
    }

    public void setRecruitmentMethod(String recruitmentMethod) {
        this.recruitmentMethod = recruitmentMethod;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    private Set<ConsentPurpose> consentPurposes() {
        Set<ConsentPurpose> purposes = EnumSet.noneOf(ConsentPurpose.class);
        consents.forEach(c -> purposes.add(ConsentPurpose.valueOf(c)));
        return purposes;
    }

    public List<String> getAllConsentPurposes() {
        return Arrays.stream(ConsentPurpose.values()).map(Enum::name).toList();
    }

    public List<String> getConsents() {
        return consents;
    }

    public void setConsents(List<String> consents) {
        this.consents = consents == null ? new ArrayList<>() : new ArrayList<>(consents);
    }

    public List<ProgrammeSummary> getProgrammes() {
        return programmes.all().stream().filter(p -> caller.canSeeProgramme(p.id())).toList();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public List<String> getAllExploitationTypes() {
        return Arrays.stream(ExploitationType.values()).map(Enum::name).toList();
    }

    public PagedLazyModel<SurvivorView> getModel() {
        return model;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
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

    public String getIntakeProgramme() {
        return intakeProgramme;
    }

    public void setIntakeProgramme(String intakeProgramme) {
        this.intakeProgramme = intakeProgramme;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getIdentityDocument() {
        return identityDocument;
    }

    public void setIdentityDocument(String identityDocument) {
        this.identityDocument = identityDocument;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public List<String> getExploitationTypes() {
        return exploitationTypes;
    }

    public void setExploitationTypes(List<String> exploitationTypes) {
        this.exploitationTypes = exploitationTypes == null ? new ArrayList<>() : new ArrayList<>(exploitationTypes);
    }
}
