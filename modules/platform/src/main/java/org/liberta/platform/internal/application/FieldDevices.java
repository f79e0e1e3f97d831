package org.liberta.platform.internal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.TextFields;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.internal.crypto.Tokens;
import org.liberta.platform.internal.domain.FieldDevice;
import org.liberta.platform.internal.domain.FieldRepository;
import org.liberta.platform.internal.domain.PlatformRepository;
import org.liberta.platform.internal.domain.QuarantinedBatch;

/**
 * The devices enrolled for the field app (issue 34): enrolled online by a signed-in user (second factor included
 * where the role needs one), listed on the user's security page and the administrator's, revoked when lost.
 */
@ApplicationScoped
@Transactional
public class FieldDevices {

    /** Where the authentication mechanism leaves the {@link DeviceAccess} of a request made with a device credential. */
    public static final String REQUEST_ATTRIBUTE = DeviceAccess.class.getName();

    /** The roles whose work goes offline: navigators, the witness team, trainers; administrators to try it. */
    private static final Role[] FIELD_ROLES = {Role.CASEWORKER, Role.LAWYER, Role.TRAINER, Role.ADMIN};

    @Inject
    private FieldRepository repository;

    @Inject
    private PlatformRepository users;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    /** A device as its owner and administrators see it; the credential never comes back. */
    public record DeviceSummary(long id, String name, Instant enrolledAt, Instant lastSyncAt, Instant revokedAt,
            long quarantinedBatches) implements Serializable {
    }

    /** The answer to an enrolment: the credential is shown this once, to the device, and kept only as a hash. */
    public record EnrolledDevice(long id, String name, String credential, Instant enrolledAt) {
    }

    /** Who a device credential speaks for, and whether its device was revoked. */
    public record DeviceAccess(long deviceId, long userId, boolean revoked) {
    }

    public EnrolledDevice enrol(String name) {
        caller.requireAnyRole(FIELD_ROLES);
        String cleaned = TextFields.clean(name);
        if (cleaned == null || cleaned.length() > 100) {
            throw InvalidInputException.of("name", "name the device in 1 to 100 characters, e.g. \"Rahima's phone\"");
        }
        long userId = currentUserId();
        String credential = Tokens.newToken();
        FieldDevice device = repository.save(new FieldDevice(Tokens.sha256(credential), userId, cleaned, Instant.now()));
        repository.flush();
        audit.record(AuditActions.CREATE, "device", device.getId(), "enrolled: " + cleaned);
        return new EnrolledDevice(device.getId(), cleaned, credential, device.getEnrolledAt());
    }

    /** The caller's own devices. */
    public List<DeviceSummary> mine() {
        return summaries(currentUserId());
    }

    /** A user's devices, for administrators (the users page). */
    public List<DeviceSummary> of(long userId) {
        caller.requireAnyRole(Role.ADMIN);
        return summaries(userId);
    }

    /** Revokes a device: its owner may, and administrators; anyone else is told it does not exist. */
    public DeviceSummary revoke(long deviceId) {
        FieldDevice device = repository.deviceById(deviceId)
                .filter(d -> d.getUserId() == currentUserId() || caller.hasRole(Role.ADMIN))
                .orElseThrow(() -> new NotFoundException("device"));
        device.revoke(caller.username(), Instant.now());
        audit.record(AuditActions.UPDATE, "device", deviceId, "revoked: " + device.getName());
        return summary(device);
    }

    /** Checks a device credential: the device it belongs to, if the device's user may still sign in. */
    public Optional<DeviceAccess> authenticate(String credential) {
        if (credential == null || credential.isBlank() || credential.length() > 200) {
            return Optional.empty();
        }
        return repository.deviceByCredential(Tokens.sha256(credential.strip()))
                .filter(d -> users.userById(d.getUserId()).filter(u -> u.isEnabled()).isPresent())
                .map(d -> new DeviceAccess(d.getId(), d.getUserId(), d.isRevoked()));
    }

    /** What a revoked device sent: kept for an administrator, never applied. */
    public void quarantine(long deviceId, String body, String address) {
        repository.save(new QuarantinedBatch(deviceId, Instant.now(), address, body));
        audit.record(AuditActions.DEVICE_QUARANTINED, "device", deviceId, body.length() + " characters kept");
    }

    /**
     * A sync went through: shown as the device's last sync. Written without the version check, so that two syncs of
     * one device at once (a batch resent while the first is still on its way) never fail on it.
     */
    public void recordSync(long deviceId) {
        repository.recordSync(deviceId, Instant.now());
    }

    private List<DeviceSummary> summaries(long userId) {
        return repository.devicesOf(userId).stream().map(this::summary).toList();
    }

    private DeviceSummary summary(FieldDevice d) {
        return new DeviceSummary(d.getId(), d.getName(), d.getEnrolledAt(), d.getLastSyncAt(), d.getRevokedAt(),
                d.isRevoked() ? repository.quarantinedBatchesOf(d.getId()) : 0);
    }

    private long currentUserId() {
        return users.userByUsername(caller.username()).orElseThrow(() -> new NotFoundException("user")).getId();
    }
}
