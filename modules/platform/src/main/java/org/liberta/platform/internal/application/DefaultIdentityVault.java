package org.liberta.platform.internal.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.vault.IdentityVault;
import org.liberta.platform.api.vault.SubjectRef;
import org.liberta.platform.internal.crypto.KeyRing;
import org.liberta.platform.internal.domain.VaultRepository;
import org.liberta.platform.internal.domain.VaultValue;

@ApplicationScoped
@Transactional
public class DefaultIdentityVault implements IdentityVault {

    private static final Logger LOG = Logger.getLogger(DefaultIdentityVault.class.getName());

    /** Roles that may ever see a person's identity; modules narrow this further (a lawyer: own witnesses only). */
    private static final Role[] NEED_TO_KNOW = {Role.ADMIN, Role.CASEWORKER, Role.LAWYER, Role.PARTNER};
    private static final int ROTATION_BATCH = 500;

    @Inject
    private VaultRepository repository;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private LibertaConfig config;

    private volatile KeyRing keys;

    KeyRing keys() {
        KeyRing current = keys;
        if (current == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = config.vaultKeys()
                            .map(k -> KeyRing.fromEnvironment(k, config.vaultIndexKey().orElseThrow(
                                    () -> new IllegalStateException("LIBERTA_VAULT_INDEX_KEY is required with LIBERTA_VAULT_KEYS"))))
                            .orElseGet(() -> KeyRing.fromFile(config.vaultKeyFile()));
                    LOG.info(() -> "Identity vault ready; active key " + keys.activeKeyId());
                }
                current = keys;
            }
        }
        return current;
    }

    @Override
    public void seal(SubjectRef subject, Map<String, String> fields) {
        Map<String, VaultValue> existing = new LinkedHashMap<>();
        for (VaultValue v : repository.vaultValues(subject.type(), subject.id())) {
            existing.put(v.getField(), v);
        }
        fields.forEach((field, value) -> {
            VaultValue stored = existing.get(field);
            if (value == null || value.isBlank()) {
                if (stored != null) {
                    repository.delete(stored);
                }
                return;
            }
            if (stored != null && value.equals(keys().decrypt(stored.getKeyId(), stored.getIv(), stored.getCipherText(),
                    stored.associatedData()))) {
                return; // the same value (a re-sent import): no new ciphertext, no write
            }
            VaultValue target = stored != null ? stored : repository.save(new VaultValue(subject.type(), subject.id(), field));
            encryptInto(target, value);
        });
    }

    @Override
    public void sealNew(SubjectRef subject, Map<String, String> fields) {
        fields.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                encryptInto(repository.save(new VaultValue(subject.type(), subject.id(), field)), value);
            }
        });
    }

    private String blindIndex(String subjectType, String field, String value) {
        return keys().blindIndex(subjectType + "|" + field, normalise(value));
    }

    @Override
    public Map<String, Long> findSubjects(String subjectType, String field, java.util.Collection<String> values) {
        Map<String, String> valueByIndex = new java.util.HashMap<>();
        values.stream().filter(v -> v != null && !v.isBlank())
                .forEach(v -> valueByIndex.put(blindIndex(subjectType, field, v), v));
        Map<String, Long> found = new java.util.HashMap<>();
        if (!valueByIndex.isEmpty()) {
            for (VaultValue v : repository.vaultValuesByBlindIndexes(subjectType, field, valueByIndex.keySet())) {
                found.putIfAbsent(valueByIndex.get(v.getBlindIndex()), v.getSubjectId());
            }
        }
        return found;
    }

    private void encryptInto(VaultValue target, String value) {
        KeyRing ring = keys();
        KeyRing.Sealed sealed = ring.encrypt(value, target.associatedData());
        target.store(sealed.keyId(), sealed.iv(), sealed.cipherText(),
                blindIndex(target.getSubjectType(), target.getField(), value));
    }

    @Override
    public Map<String, String> reveal(SubjectRef subject, String reason) {
        caller.requireAnyRole(NEED_TO_KNOW);
        caller.requireProgramme(subject.programmeId());
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "a reason is required to reveal an identity");
        }
        Map<String, String> clear = open(subject.type(), subject.id());
        audit.record(AuditActions.REVEAL, subject.type(), subject.id(),
                "fields " + clear.keySet() + "; reason: " + reason.strip());
        return clear;
    }

    @Override
    public Map<Long, Map<String, String>> revealForExport(String subjectType, java.util.Collection<SubjectRef> subjects,
            String purpose) {
        caller.requireAnyRole(NEED_TO_KNOW);
        subjects.stream().map(SubjectRef::programmeId).distinct().forEach(caller::requireProgramme);
        Map<Long, Map<String, String>> clear = new java.util.HashMap<>();
        if (subjects.isEmpty()) {
            return clear;
        }
        List<Long> ids = subjects.stream().map(SubjectRef::id).toList();
        for (VaultValue v : repository.vaultValues(subjectType, ids)) {
            clear.computeIfAbsent(v.getSubjectId(), id -> new LinkedHashMap<>())
                    .put(v.getField(), keys().decrypt(v.getKeyId(), v.getIv(), v.getCipherText(), v.associatedData()));
        }
        audit.record(AuditActions.EXPORT, subjectType, null, "identities of " + subjects.size() + " for " + purpose);
        return clear;
    }

    /** Decrypts for the server's own use (checking a second factor), never for display. */
    Map<String, String> open(String subjectType, long subjectId) {
        Map<String, String> clear = new LinkedHashMap<>();
        for (VaultValue v : repository.vaultValues(subjectType, subjectId)) {
            clear.put(v.getField(), keys().decrypt(v.getKeyId(), v.getIv(), v.getCipherText(), v.associatedData()));
        }
        return clear;
    }

    @Override
    public Optional<Long> findSubject(String subjectType, String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return repository.vaultValueByBlindIndex(subjectType, field, blindIndex(subjectType, field, value))
                .map(VaultValue::getSubjectId);
    }

    @Override
    public void destroy(SubjectRef subject) {
        repository.vaultValues(subject.type(), subject.id()).forEach(repository::delete);
    }

    /**
     * Starts a new active key (key-file mode) and re-encrypts up to one batch of values still under an older
     * key; the caller repeats until it returns 0, each batch in its own transaction.
     */
    public int reencryptBatch(boolean startNewKey) {
        caller.requireAnyRole(Role.ADMIN);
        if (startNewKey) {
            synchronized (this) {
                keys = keys().withNewActiveKey();
            }
            audit.record(AuditActions.KEY_ROTATION, "vault", keys.activeKeyId(), "new active key");
        }
        KeyRing ring = keys();
        List<VaultValue> stale = repository.vaultValuesNotUnderKey(ring.activeKeyId(), ROTATION_BATCH);
        for (VaultValue v : stale) {
            encryptInto(v, ring.decrypt(v.getKeyId(), v.getIv(), v.getCipherText(), v.associatedData()));
        }
        return stale.size();
    }

    private static String normalise(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
