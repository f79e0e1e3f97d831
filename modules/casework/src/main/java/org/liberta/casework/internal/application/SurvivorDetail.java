package org.liberta.casework.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

import org.liberta.casework.api.ConsentPurpose;
import org.liberta.casework.api.ControlMethod;
import org.liberta.casework.api.ExploitationType;
import org.liberta.casework.api.Gender;
import org.liberta.casework.api.RecruitmentMethod;
import org.liberta.platform.api.rest.PublishedAs;

/** A survivor as pages and API answers show them: pseudonymised, never an identity. */
@PublishedAs("SurvivorView")
public record SurvivorDetail(long id, String reference, String pseudonym, String programme, Gender gender,
        Integer birthYear, String nationality, Set<ExploitationType> exploitationTypes,
        Set<ControlMethod> controlMethods, RecruitmentMethod recruitmentMethod, Set<String> languages,
        LocalDate intakeOn, String status, LocalDate closedOn, boolean anonymised, boolean legalHold,
        LocalDate lastContactOn, LocalDate nextDueOn, boolean overdue, boolean policeContacted,
        Set<ConsentPurpose> consents, long version) implements Serializable {
}
