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

    /**
     * Whether two records are probably one person and worth offering to merge: the same name at another
     * organisation (people move, sheets abbreviate), or at the same organisation a name one or two keystrokes
     * away ("Mohammad Karim" / "Mohammed Karim"). Two different e-mail addresses say they are two people.
     */
    static boolean likelySame(Professional a, Professional b) {
        if (a.getEmail() != null && b.getEmail() != null
                && !a.getEmail().equalsIgnoreCase(b.getEmail())) {
            return false;
        }
        if (a.getNameKey().equals(b.getNameKey())) {
            return true;
        }
        return a.getOrganisationKey().equals(b.getOrganisationKey()) && a.getNameKey().length() >= 6
                && distance(a.getNameKey(), b.getNameKey()) <= 2;
    }

    /** Edit distance (insertions, deletions, substitutions), for short strings. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
