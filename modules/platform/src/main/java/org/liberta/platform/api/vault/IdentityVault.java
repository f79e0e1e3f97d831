package org.liberta.platform.api.vault;

import java.util.Map;
import java.util.Optional;

/**
 * Holds identity fields (legal names, contact details, document numbers, second-factor secrets) encrypted with
 * AES-256-GCM, away from the records that refer to them. Ordinary reads never touch it; {@link #reveal} is the
 * only way back to clear text for people, and every reveal is audited.
 */
public interface IdentityVault {

    /** Stores (or replaces) the given fields; blank values remove a field; unchanged values are left as they are. */
    void seal(SubjectRef subject, Map<String, String> fields);

    /** Stores the fields of a subject created in this transaction, which has none yet (no lookup needed). */
    void sealNew(SubjectRef subject, Map<String, String> fields);

    /**
     * Returns the clear-text fields to a caller whose role may see identities and whose scope covers the
     * subject's programme; audits the reveal with the reason. Modules add their own narrower rules first.
     */
    Map<String, String> reveal(SubjectRef subject, String reason);

    /**
     * The identities of many subjects for an export the caller asked for, decrypted together; the same role and
     * scope rules as {@link #reveal}, audited once as an {@code EXPORT} with the count and the purpose.
     */
    Map<Long, Map<String, String>> revealForExport(String subjectType, java.util.Collection<SubjectRef> subjects,
            String purpose);

    /** Finds the subject whose field equals {@code value} exactly, through a keyed blind index. */
    Optional<Long> findSubject(String subjectType, String field, String value);

    /** For many values at once (imports): each value found, with the subject holding it, in one query. */
    Map<String, Long> findSubjects(String subjectType, String field, java.util.Collection<String> values);

    /** Destroys every field of the subject (erasure, retention). */
    void destroy(SubjectRef subject);
}
