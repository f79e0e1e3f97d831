package org.liberta.platform.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of the platform's programmes, user accounts and API tokens; the audit trail and the identity vault have
 * repositories of their own ({@link AuditRepository}, {@link VaultRepository}).
 */
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

    /** Enabled administrators who gave an address for alerts. */
    List<UserAccount> administratorsToAlert();

    Optional<ApiToken> tokenByHash(String tokenHash);

    Optional<KnownDevice> deviceByHash(String tokenHash);

    void revokeTokensOf(String username, Instant now);
}
