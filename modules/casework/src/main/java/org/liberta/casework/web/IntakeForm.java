package org.liberta.casework.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.liberta.casework.api.ConsentPurpose;
import org.liberta.casework.api.ControlMethod;
import org.liberta.casework.api.ExploitationType;
import org.liberta.casework.api.Gender;
import org.liberta.casework.api.RecruitmentMethod;
import org.liberta.casework.internal.application.SurvivorService;

/**
 * What the intake form holds while the navigator fills it in, as the page binds it (strings and lists), and the
 * {@link SurvivorService.Intake} it becomes; the service validates the rest and names any field that is wrong.
 */
public class IntakeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String programme;
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

    IntakeForm(String programme) {
        this.programme = programme;
    }

    SurvivorService.Intake toIntake() {
        return new SurvivorService.Intake(programme, legalName, phone, address, identityDocument, gender, birthYear,
                nationality, names(ExploitationType.class, exploitationTypes), names(ControlMethod.class, controlMethods),
                recruitmentMethod == null || recruitmentMethod.isBlank() ? null : RecruitmentMethod.valueOf(recruitmentMethod),
                languageSet(), null, names(ConsentPurpose.class, consents));
    }

    /** After an intake: the identity goes, so the next survivor's form never starts with the last one's name. */
    void forgetIdentity() {
        legalName = null;
        phone = null;
        address = null;
        identityDocument = null;
    }

    private static <E extends Enum<E>> Set<E> names(Class<E> type, List<String> chosen) {
        Set<E> values = EnumSet.noneOf(type);
        chosen.forEach(c -> values.add(Enum.valueOf(type, c)));
        return values;
    }

    /** Languages typed as "bn, en": split on commas and spaces; the service checks each code. */
    private Set<String> languageSet() {
        Set<String> codes = new TreeSet<>();
        if (languages != null) {
            for (String code : languages.split("[,\\s]+")) {
                if (!code.isBlank()) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
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
        this.exploitationTypes = exploitationTypes;
    }

    public List<String> getControlMethods() {
        return controlMethods;
    }

    public void setControlMethods(List<String> controlMethods) {
        this.controlMethods = controlMethods;
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

    public List<String> getConsents() {
        return consents;
    }

    public void setConsents(List<String> consents) {
        this.consents = consents == null ? new ArrayList<>() : new ArrayList<>(consents);
    }
}
