package org.liberta.platform.internal.crypto;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * NIST SP 800-63B / ASVS rules: 12 to 128 characters, not a commonly used password, not the username; no
 * composition rules (they make passwords weaker in practice, not stronger).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why the password is unacceptable, or empty when it is fine. */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of("must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || isOneRepeatedCharacter(password)) {
            return Optional.of("is too common; choose a phrase nobody else would");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username");
        }
        return Optional.empty();
    }

    private static boolean isOneRepeatedCharacter(String password) {
        return password.chars().distinct().count() <= 2;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt missing from the platform jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
