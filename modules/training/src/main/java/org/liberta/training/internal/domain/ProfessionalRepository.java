package org.liberta.training.internal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finding professionals: by id, e-mail or name (to match a sign-in sheet's rows to people already known), by
 * organisation, and by text among those trained in a caller's programmes. Saved through {@link TrainingRepository#save}.
 */
public interface ProfessionalRepository {

    Optional<Professional> professional(long id);

    Map<Long, Professional> professionals(Collection<Long> ids);

    /** Live professionals holding any of these e-mail keys. */
    List<Professional> professionalsByEmails(Collection<String> emailKeys);

    /** Live professionals with any of these normalised names (any organisation). */
    List<Professional> professionalsByNames(Collection<String> nameKeys);

    /**
     * Live professionals who attended a session of the programmes, whose name or organisation contains the text
     * (normalised), a page at a time by name; and how many in all.
     */
    List<Professional> professionalsIn(Collection<Long> programmeIds, String text, int first, int max);

    long countProfessionalsIn(Collection<Long> programmeIds, String text);

    /** Live professionals at an organisation (normalised key). */
    List<Professional> professionalsAt(String organisationKey);

    /** Whether the professional attended a session of any of the programmes. */
    boolean attendedIn(long professionalId, Collection<Long> programmeIds);
}
