package org.liberta.platform.internal.application;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.internal.crypto.Tokens;
import org.liberta.platform.internal.domain.KnownDevice;
import org.liberta.platform.internal.domain.PlatformRepository;
import org.liberta.platform.internal.domain.UserAccount;

/**
 * The devices each user has signed in from, recognised by a cookie of 256 random bits (only its hash is stored).
 * Used inside {@link AuthenticationService}'s transaction: a locked account still lets its owner's known devices in.
 */
@ApplicationScoped
class KnownDevices {

    @Inject
    private PlatformRepository repository;

    /** The presented device, if it is one {@code user} signed in from and it is still trusted. */
    Optional<KnownDevice> trusted(UserAccount user, String presented, Instant now) {
        if (presented == null || presented.isBlank() || presented.length() > 100) {
            return Optional.empty();
        }
        return repository.deviceByHash(Tokens.sha256(presented.strip()))
                .filter(d -> d.isTrustedFor(user.getId(), now));
    }

    /** A wrong password from a known device counts against that device, so a stolen cookie buys few guesses. */
    void recordFailure(UserAccount user, String presented, Instant now) {
        trusted(user, presented, now).ifPresent(KnownDevice::recordFailedLogin);
    }

    /**
     * After a successful sign-in: the device's cookie value to keep, the presented one when it is this user's and
     * trusted, else a new one.
     */
    String remember(UserAccount user, String presented, Instant now) {
        Optional<KnownDevice> known = trusted(user, presented, now);
        if (known.isPresent()) {
            known.get().recordSuccessfulLogin(now);
            return presented.strip();
        }
        String token = Tokens.newToken();
        repository.save(new KnownDevice(Tokens.sha256(token), user.getId(), now));
        return token;
    }
}
