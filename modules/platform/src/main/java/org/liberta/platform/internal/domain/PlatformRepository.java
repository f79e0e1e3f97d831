package org.liberta.platform.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of the platform's own records; the JPA implementation is the only place with queries. */
public interface PlatformRepository {

    <T> T save(T entity);

    /** Writes pending changes now, so that versions and ids an answer carries are the stored ones. */
    void flush();

    Optional<Programme> programmeByCode(String code);

    Optional<Programme> programmeById(long id);

    List<Programme> programmes();

    long countUsers();

    Optional<UserAccount> userByUsername(String username);

    Optional<UserAccount> userById(long id);

    List<UserAccount> users(int offset, int limit);

    Optional<ApiToken> tokenByHash(String tokenHash);

    void revokeTokensOf(String username, Instant now);

    AuditHead lockAuditHead();

    List<AuditEntry> auditEntries(AuditQuery query, int offset, int limit);

    long countAuditEntries(AuditQuery query);

    /** Entries in chain order, from {@code afterSeq} (exclusive), for the verifier. */
    List<AuditEntry> auditChain(long afterSeq, int limit);

    List<VaultValue> vaultValues(String subjectType, long subjectId);

    /** The values of many subjects at once (exports), in one query. */
    List<VaultValue> vaultValues(String subjectType, java.util.Collection<Long> subjectIds);

    Optional<VaultValue> vaultValueByBlindIndex(String subjectType, String field, String blindIndex);

    List<VaultValue> vaultValuesByBlindIndexes(String subjectType, String field, java.util.Collection<String> blindIndexes);

    List<VaultValue> vaultValuesNotUnderKey(String keyId, int limit);

    void delete(Object entity);
}
