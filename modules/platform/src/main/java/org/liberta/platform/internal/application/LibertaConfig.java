package org.liberta.platform.internal.application;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.Role;

/**
 * Liberta's settings. Each is read from the environment variable ({@code LIBERTA_DEMO}) or the system property
 * ({@code liberta.demo}), in that order. An empty environment variable counts as set (so
 * {@code LIBERTA_MFA_REQUIRED_ROLES=} really turns the requirement off), which MicroProfile Config cannot express.
 * See config/README.md for the full list.
 */
@ApplicationScoped
public class LibertaConfig {

    public Optional<String> value(String name) {
        String env = System.getenv("LIBERTA_" + name.toUpperCase(Locale.ROOT).replace('.', '_'));
        if (env != null) {
            return Optional.of(env);
        }
        return Optional.ofNullable(System.getProperty("liberta." + name));
    }

    public Path dataDir() {
        return Path.of(value("data.dir").filter(s -> !s.isBlank()).orElse("data")).toAbsolutePath();
    }

    public boolean demoMode() {
        return value("demo").map(Boolean::parseBoolean).orElse(false);
    }

    public Optional<String> initialAdminPassword() {
        return value("admin.password").filter(s -> !s.isBlank());
    }

    /** Where the first administrator's sign-in alerts go ({@code LIBERTA_ADMIN_EMAIL}); optional. */
    public Optional<String> initialAdminEmail() {
        return value("admin.email").filter(s -> !s.isBlank());
    }

    public Set<Role> mfaRequiredRoles() {
        String roles = value("mfa.required.roles").orElse("ADMIN");
        return roles.isBlank() ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(s -> Role.valueOf(s.toUpperCase(Locale.ROOT)))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public Optional<String> vaultKeys() {
        return value("vault.keys").filter(s -> !s.isBlank());
    }

    public Optional<String> vaultIndexKey() {
        return value("vault.index.key").filter(s -> !s.isBlank());
    }

    public Path vaultKeyFile() {
        return value("vault.key.file").filter(s -> !s.isBlank()).map(Path::of).orElse(dataDir().resolve("vault.keys"));
    }

    public Duration tokenLifetime() {
        return Duration.ofMinutes(value("token.minutes").map(Long::parseLong).orElse(60L));
    }

    public Duration sessionIdleTimeout() {
        return Duration.ofMinutes(value("session.idle.minutes").map(Long::parseLong).orElse(30L));
    }

    public Duration sessionAbsoluteTimeout() {
        return Duration.ofHours(value("session.absolute.hours").map(Long::parseLong).orElse(10L));
    }

    public long maxRequestBytes() {
        return value("max.request.bytes").map(Long::parseLong).orElse(1024L * 1024L);
    }

    /** The largest spreadsheet or CSV upload (imports): bigger than a JSON body, still bounded. */
    public long maxUploadBytes() {
        return value("max.upload.bytes").map(Long::parseLong).orElse(10L * 1024L * 1024L);
    }

    /**
     * Whether browsers always reach Liberta over TLS (directly or through a proxy): Secure cookies and HSTS on every
     * answer. A request forwarded as HTTPS by a {@link #trustedProxies() trusted proxy} gets them without it.
     */
    public boolean behindTls() {
        return value("https").map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * Addresses of the proxies in front (the load balancer's) whose {@code X-Forwarded-Proto} and {@code Forwarded}
     * headers are believed; anyone else could send them to pass plain HTTP off as TLS. None unless configured.
     */
    public Set<String> trustedProxies() {
        return value("trusted.proxies").stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The address the HTTP listener is bound to (scripts/run writes it into Payara's pre-boot commands). */
    public String bindAddress() {
        return value("bind.address").filter(s -> !s.isBlank()).orElse("127.0.0.1");
    }
}
