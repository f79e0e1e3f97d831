package org.liberta.platform.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Relationship;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.platform.internal.application.ProgrammeService;
import org.liberta.platform.internal.application.ProgrammeService.ProgrammeDefinition;

/** Administrators define programmes; a handful of rows, so the list is read whole. */
@Named
@ViewScoped
public class ProgrammesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgrammeService programmes;

    private String code;
    private String name;
    private String country;
    private Relationship relationship = Relationship.DIRECT;

    public List<ProgrammeSummary> getProgrammes() {
        return programmes.visibleProgrammes();
    }

    public void define() {
        if (UiFeedback.attempt(() -> programmes.defineProgramme(new ProgrammeDefinition(code, name,
                country == null ? null : country.toUpperCase(java.util.Locale.ROOT), relationship)), "programmes.created")) {
            code = null;
            name = null;
            country = null;
        }
    }

    public Relationship[] getRelationships() {
        return Relationship.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public void setRelationship(Relationship relationship) {
        this.relationship = relationship;
    }
}
