package org.liberta.platform.api;

import java.util.List;
import java.util.Optional;

/**
 * Read access to programmes for other modules, which refer to a programme by id and show it by code.
 * Lookups ignore the caller's scope; checking scope is {@link Caller#requireProgramme(long)}'s job.
 */
public interface Programmes {

    Optional<ProgrammeSummary> byCode(String code);

    Optional<ProgrammeSummary> byId(long id);

    List<ProgrammeSummary> all();

    /** Resolves a code from a request, or fails with a 400 naming {@code field}. */
    default ProgrammeSummary requireByCode(String field, String code) {
        return byCode(code).orElseThrow(() -> InvalidInputException.of(field, "unknown programme code"));
    }
}
