package org.liberta.casework.internal.application;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;

import org.liberta.casework.internal.domain.CaseworkRepository;
import org.liberta.casework.internal.domain.CaseworkRepository.CaseloadFilter;
import org.liberta.casework.internal.domain.Survivor;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.sync.FieldSnapshot;

/**
 * A navigator's caseload, to take offline (issue 34): the open cases of their programmes, soonest due first, by
 * pseudonym and reference only. No identity leaves for a device: names, phone numbers and addresses stay in the vault.
 */
@ApplicationScoped
@Transactional
public class FieldCaseload implements FieldSnapshot {

    /** More than any navigator carries; the app shows the soonest due first. */
    static final int MOST = 1000;

    @Inject
    private CaseworkRepository repository;

    @Inject
    private Caller caller;

    @Inject
    private Programmes programmes;

    @Override
    public String section() {
        return "caseload";
    }

    @Override
    public JsonArray forCaller() {
        JsonArrayBuilder cases = Json.createArrayBuilder();
        if (!caller.hasAnyRole(Role.CASEWORKER)) {
            return cases.build();
        }
        CaseloadFilter open = new CaseloadFilter(caller.programmeIds(), null, false, Survivor.Status.OPEN);
        for (Survivor survivor : repository.caseload(open, 0, MOST)) {
            cases.add(entry(survivor, programmes.byId(survivor.getProgrammeId()).map(p -> p.code()).orElse(null)));
        }
        return cases.build();
    }

    /** One case as a device holds it, with the version an edit made offline starts from. */
    static JsonObject entry(Survivor survivor, String programmeCode) {
        JsonObjectBuilder entry = Json.createObjectBuilder().add("id", survivor.getId())
                .add("reference", survivor.getReference()).add("pseudonym", survivor.getPseudonym())
                .add("policeContacted", survivor.isPoliceContacted()).add("version", survivor.getVersion());
        if (programmeCode != null) {
            entry.add("programme", programmeCode);
        }
        addDate(entry, "lastContact", survivor.getLastContactOn());
        addDate(entry, "nextDue", survivor.getNextDueOn());
        return entry.build();
    }

    private static void addDate(JsonObjectBuilder entry, String field, LocalDate date) {
        if (date == null) {
            entry.addNull(field);
        } else {
            entry.add(field, date.toString());
        }
    }
}
