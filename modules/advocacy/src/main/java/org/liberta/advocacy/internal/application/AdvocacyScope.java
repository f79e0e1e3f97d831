package org.liberta.advocacy.internal.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.advocacy.internal.domain.AdvocacyRepository;
import org.liberta.advocacy.internal.domain.Campaign;
import org.liberta.advocacy.internal.domain.Outcome;
import org.liberta.advocacy.internal.domain.Stakeholder;
import org.liberta.advocacy.internal.domain.StakeholderRepository;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.Role;

/**
 * Who may see and write advocacy records, in one place for every advocacy service: advocacy staff and
 * administrators write, M&amp;E reads, each within their programmes; a record outside them is "not found".
 */
@ApplicationScoped
public class AdvocacyScope {

    static final Role[] WRITERS = {Role.ADVOCACY, Role.ADMIN};
    static final Role[] READERS = {Role.ADVOCACY, Role.ADMIN, Role.MEL};

    @Inject
    private AdvocacyRepository repository;

    @Inject
    private StakeholderRepository stakeholders;

    @Inject
    private Programmes programmes;

    @Inject
    private Caller caller;

    void requireReader() {
        caller.requireAnyRole(READERS);
    }

    void requireWriter() {
        caller.requireAnyRole(WRITERS);
    }

    /** A programme named in a request, when it is one of the caller's; otherwise an error on {@code programme}. */
    ProgrammeSummary programme(List<FieldError> errors, String code) {
        return programmes.callersProgramme(caller, "programme", code, errors);
    }

    List<ProgrammeSummary> callerProgrammes() {
        return programmes.all().stream().filter(p -> caller.canSeeProgramme(p.id())).toList();
    }

    /** The caller's one programme in a country (docs/api.md's engagements name a country, not a programme). */
    ProgrammeSummary programmeInCountry(List<FieldError> errors, String country) {
        List<ProgrammeSummary> mine = programmes.all().stream().filter(p -> caller.canSeeProgramme(p.id()))
                .filter(p -> p.country().equalsIgnoreCase(country.strip())).toList();
        if (mine.size() != 1) {
            errors.add(new FieldError("programme", mine.isEmpty() ? "none of your programmes works in " + country.strip()
                    : "several of your programmes work in " + country.strip() + ": say which"));
            return null;
        }
        return mine.get(0);
    }

    Stakeholder stakeholder(long id) {
        requireReader();
        Stakeholder s = stakeholders.stakeholder(id).orElseThrow(() -> new NotFoundException("stakeholder"));
        caller.requireProgramme(s.getProgrammeId());
        return s;
    }

    Campaign campaign(long id) {
        requireReader();
        Campaign c = repository.campaign(id).orElseThrow(() -> new NotFoundException("campaign"));
        caller.requireProgramme(c.getProgrammeId());
        return c;
    }

    Outcome outcome(long id) {
        requireReader();
        Outcome o = repository.outcome(id).orElseThrow(() -> new NotFoundException("outcome"));
        caller.requireProgramme(o.getProgrammeId());
        return o;
    }

    String code(long programmeId) {
        return programmes.byId(programmeId).map(ProgrammeSummary::code).orElse(null);
    }
}
