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

    /**
     * The programme a request names when the caller works in it; otherwise null and an error on {@code field} (absent,
     * unknown, or not theirs), collected with the request's other errors.
     */
    default ProgrammeSummary callersProgramme(Caller caller, String field, String code, List<FieldError> errors) {
        ProgrammeSummary programme = code == null || code.isBlank() ? null : byCode(code.strip()).orElse(null);
        if (programme == null) {
            errors.add(new FieldError(field, code == null || code.isBlank() ? "is required" : "unknown programme code"));
            return null;
        }
        if (!caller.canSeeProgramme(programme.id())) {
            errors.add(new FieldError(field, "is not one of your programmes"));
            return null;
        }
        return programme;
    }

    /** Resolves a code from a request, or fails with a 400 naming {@code field}. */
    default ProgrammeSummary requireByCode(String field, String code) {
        return byCode(code).orElseThrow(() -> InvalidInputException.of(field, "unknown programme code"));
    }
}
