package org.liberta.platform.internal.domain;

import java.util.List;
import java.util.Optional;

/** Storage of the field app's devices, the actions they synced, and what revoked devices sent. */
public interface FieldRepository {

    <T> T save(T entity);

    void flush();

    Optional<FieldDevice> deviceByCredential(String credentialHash);

    Optional<FieldDevice> deviceById(long id);

    List<FieldDevice> devicesOf(long userId);

    Optional<SyncedAction> syncedAction(String actionId);

    /** Sets a device's last sync in one statement, outside its version: it is information, not an edit. */
    void recordSync(long deviceId, java.time.Instant at);

    long quarantinedBatchesOf(long deviceId);
}
