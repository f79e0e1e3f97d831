package org.liberta.platform.internal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The identity vault's sealed values: by subject, by blind index, and those still under an older key. */
public interface VaultRepository {

    VaultValue save(VaultValue value);

    void delete(VaultValue value);

    List<VaultValue> vaultValues(String subjectType, long subjectId);

    /** The values of many subjects at once (exports), in one query. */
    List<VaultValue> vaultValues(String subjectType, Collection<Long> subjectIds);

    Optional<VaultValue> vaultValueByBlindIndex(String subjectType, String field, String blindIndex);

    List<VaultValue> vaultValuesByBlindIndexes(String subjectType, String field, Collection<String> blindIndexes);

    List<VaultValue> vaultValuesNotUnderKey(String keyId, int limit);

}
