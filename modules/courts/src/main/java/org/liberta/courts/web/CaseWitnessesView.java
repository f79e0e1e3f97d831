package org.liberta.courts.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.courts.api.CaseWitness;
import org.liberta.courts.api.WitnessNeed;
import org.liberta.courts.api.WitnessRole;
import org.liberta.courts.internal.application.CaseWitnessService;

/**
 * The witnesses the prosecution needs: the list, and adding one (a victim of the case by pseudonym, or anyone else by
 * name and contact) with what they need to get to court.
 */
@Named
@ViewScoped
public class CaseWitnessesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseView page;

    @Inject
    private CaseWitnessService caseWitnesses;

    private WitnessRole newWitnessRole = WitnessRole.POLICE;
    private Long witnessSurvivorId;
    private String witnessName;
    private String witnessPhone;
    private String witnessEmail;
    private List<String> witnessNeeds = new ArrayList<>();

    public void addWitness() {
        Set<WitnessNeed> needs = EnumSet.noneOf(WitnessNeed.class);
        witnessNeeds.forEach(n -> needs.add(WitnessNeed.valueOf(n)));
        page.record(() -> caseWitnesses.addWitness(page.getCourtCase().id(), new CaseWitnessService.NewWitness(
                newWitnessRole, witnessSurvivorId, witnessName, witnessPhone, witnessEmail, needs, null)));
        witnessName = null;
        witnessPhone = null;
        witnessEmail = null;
        witnessSurvivorId = null;
    }

    public List<CaseWitness> getWitnesses() {
        return page.getWitnesses();
    }

    public WitnessNeed[] getNeeds() {
        return WitnessNeed.values();
    }

    public WitnessRole[] getWitnessRoles() {
        return WitnessRole.values();
    }

    public WitnessRole getNewWitnessRole() {
        return newWitnessRole;
    }

    public void setNewWitnessRole(WitnessRole newWitnessRole) {
        this.newWitnessRole = newWitnessRole;
    }

    public Long getWitnessSurvivorId() {
        return witnessSurvivorId;
    }

    public void setWitnessSurvivorId(Long witnessSurvivorId) {
        this.witnessSurvivorId = witnessSurvivorId;
    }

    public String getWitnessName() {
        return witnessName;
    }

    public void setWitnessName(String witnessName) {
        this.witnessName = witnessName;
    }

    public String getWitnessPhone() {
        return witnessPhone;
    }

    public void setWitnessPhone(String witnessPhone) {
        this.witnessPhone = witnessPhone;
    }

    public String getWitnessEmail() {
        return witnessEmail;
    }

    public void setWitnessEmail(String witnessEmail) {
        this.witnessEmail = witnessEmail;
    }

    public List<String> getWitnessNeeds() {
        return witnessNeeds;
    }

    public void setWitnessNeeds(List<String> witnessNeeds) {
        this.witnessNeeds = witnessNeeds;
    }
}
