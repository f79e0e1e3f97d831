package org.liberta.platform.internal.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.liberta.platform.api.ServiceBusyException;

/**
 * PBKDF2-HMAC-SHA512 at 210,000 iterations (OWASP's figure; the Jakarta Security default of 2,048 is far too
 * weak). One hash costs about 150 ms of CPU on this project's 2-core machines, so hashing is capped at one
 * per core: a storm of logins queues here instead of starving every page.
 */
public final class PasswordHasher {

    public static final int ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final String PREFIX = "pbkdf2-sha512";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Semaphore HASHING = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    /** A real hash of a random password, verified against when the user does not exist so timing does not tell. */
    private static final String DUMMY = new PasswordHasher(ITERATIONS).hash("no such user " + RANDOM.nextLong());

    private final int iterations;

    public PasswordHasher() {
        this(ITERATIONS);
    }

    PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public boolean verify(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(password, salt, Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Burns the same time as a real check, for unknown usernames. */
    public void verifyDummy(String password) {
        verify(password, DUMMY);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        boolean acquired = false;
        try {
            acquired = HASHING.tryAcquire(10, TimeUnit.SECONDS);
            if (!acquired) {
                throw new ServiceBusyException("Too many sign-ins at once; try again in a moment");
            }
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
            try {
                return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException("Interrupted while checking a password");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        } finally {
            if (acquired) {
                HASHING.release();
            }
        }
    }
}
