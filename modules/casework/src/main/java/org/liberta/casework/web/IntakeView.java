package org.liberta.casework.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.casework.api.ConsentPurpose;
import org.liberta.casework.api.ControlMethod;
import org.liberta.casework.api.ExploitationType;
import org.liberta.casework.api.Gender;
import org.liberta.casework.api.RecruitmentMethod;
import org.liberta.casework.internal.application.SurvivorService;
import org.liberta.casework.internal.application.SurvivorDetail;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.ui.UiFeedback;

/** Intake on the caseload page: records a new survivor (identity encrypted by the service) and opens their file. */
@Named
@ViewScoped
public class IntakeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseloadView caseload;

    @Inject
    private SurvivorService survivors;

    private IntakeForm form;

    @PostConstruct
    void init() {
        List<ProgrammeSummary> mine = caseload.getProgrammes();
        form = new IntakeForm(mine.isEmpty() ? null : mine.get(0).code());
    }

    /** Records the intake and opens the new survivor's file. */
    public void intake() throws IOException {
        SurvivorDetail[] created = new SurvivorDetail[1];
        if (UiFeedback.attempt(() -> created[0] = survivors.intake(form.toIntake()), null)) {
            form.forgetIdentity();
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            UiFeedback.info(UiFeedback.text(CaseworkMenu.BUNDLE, "intake.done") + " " + created[0].pseudonym());
            FacesContext.getCurrentInstance().getExternalContext().redirect("survivor.xhtml?id=" + created[0].id());
        }
    }

    public IntakeForm getForm() {
        return form;
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public List<String> getAllExploitationTypes() {
        return names(ExploitationType.values());
    }

    public List<String> getAllControlMethods() {
        return names(ControlMethod.values());
    }

    public List<String> getAllRecruitmentMethods() {
        return names(RecruitmentMethod.values());
    }

    public List<String> getAllConsentPurposes() {
        return names(ConsentPurpose.values());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
