package org.liberta.casework.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.casework.internal.application.DataProtectionService;
import org.liberta.casework.internal.application.DataProtectionService.Policy;
import org.liberta.casework.internal.application.DataProtectionService.RetentionRun;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.ui.UiFeedback;

/** Retention for administrators: each programme's period, a dry run listing what would go, then the run. */
@Named
@ViewScoped
public class RetentionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DataProtectionService dataProtection;

    @Inject
    private Programmes programmes;

    private String programme;
    private Policy policy;
    private Integer months;
    private RetentionRun run;

    @PostConstruct
    void init() {
        List<ProgrammeSummary> all = programmes.all();
        programme = all.isEmpty() ? null : all.get(0).code();
        load();
    }

    public void load() {
        run = null;
        UiFeedback.attempt(() -> {
            policy = dataProtection.policy(programme);
            months = policy.retentionMonths();
        }, null);
    }

    public void save() {
        if (UiFeedback.attempt(() -> policy = dataProtection.setPolicy(programme, months,
                policy.isDefault() ? null : policy.version()), null)) {
            UiFeedback.info(UiFeedback.text(CaseworkMenu.BUNDLE, "retention.saved"));
        }
    }

    public void dryRun() {
        UiFeedback.attempt(() -> run = dataProtection.runRetention(programme, true), null);
    }

    public void runForReal() {
        UiFeedback.attempt(() -> run = dataProtection.runRetention(programme, false), null);
    }

    public List<ProgrammeSummary> getProgrammes() {
        return programmes.all();
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public Policy getPolicy() {
        return policy;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public RetentionRun getRun() {
        return run;
    }
}
