package org.liberta.training.internal.application;

import java.util.List;
import java.util.Optional;

import org.liberta.training.internal.domain.Professional;

/**
 * Whether a newcomer on a sign-in sheet is someone Liberta already knows: the same e-mail address is the same
 * person; without one, the same name at the same organisation is, unless that record carries another e-mail
 * (then they are two people who share a name). No database in sight.
 */
final class ProfessionalMatching {

    private ProfessionalMatching() {
    }

    /**
     * @param byEmail the live professional holding the newcomer's e-mail, if the newcomer gave one
     * @param byName live professionals with the newcomer's normalised name and organisation, oldest first
     * @param emailKey the newcomer's normalised e-mail, or null
     */
    static Optional<Professional> match(Optional<Professional> byEmail, List<Professional> byName, String emailKey) {
        if (byEmail.isPresent()) {
            return byEmail;
        }
        return byName.stream().filter(p -> emailKey == null || p.getEmail() == null).findFirst();
    }
}
