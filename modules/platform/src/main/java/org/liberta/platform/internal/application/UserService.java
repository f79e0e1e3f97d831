package org.liberta.platform.internal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ConflictException;
import org.liberta.platform.api.EmailAddress;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.Violations;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.persistence.RecordLocks;
import org.liberta.platform.internal.crypto.PasswordHasher;
import org.liberta.platform.internal.crypto.PasswordPolicy;
import org.liberta.platform.internal.domain.PlatformRepository;
import org.liberta.platform.internal.domain.Programme;
import org.liberta.platform.internal.domain.UserAccount;

/** User administration: administrators only, every change audited, passwords never returned. */
@ApplicationScoped
@Transactional
public class UserService {

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    private RecordLocks locks;

    @Inject
    private Validator validator;

    @Inject
    private PlatformRepository repository;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    /** A new user as the administrator describes them. */
    public record NewUser(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[a-zA-Z0-9._@-]+", message = "letters, digits and . _ @ - only") String username,
            @NotNull String password,
            @NotEmpty Set<@NotNull Role> roles,
            @NotNull Set<@NotBlank String> programmes,
            boolean enabled,
            @EmailAddress @Size(max = 254) String email) {
    }

    /** A change to an existing user; a null password or e-mail leaves it unchanged, a blank e-mail removes it. */
    public record UserChange(long version, String password, @NotEmpty Set<@NotNull Role> roles,
            @NotNull Set<@NotBlank String> programmes, boolean enabled, @EmailAddress @Size(max = 254) String email) {
    }

    /** A user as administrators see them. */
    public record UserSummary(long id, String username, Set<Role> roles, Set<String> programmes, boolean enabled,
            boolean mfaEnrolled, boolean locked, long version, String email) implements Serializable {
    }

    public UserSummary createUser(NewUser user) {
        caller.requireAnyRole(Role.ADMIN);
        Violations.require(validator, user);
        String username = user.username().toLowerCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        PasswordPolicy.problemWith(user.password(), username).ifPresent(p -> errors.add(new FieldError("password", p)));
        Set<Long> programmeIds = programmeIds(user.programmes(), errors);
        InvalidInputException.throwIfAny(errors);
        if (repository.userByUsername(username).isPresent()) {
            throw new ConflictException("That username is taken");
        }
        UserAccount account = new UserAccount(username, hasher.hash(user.password()), user.roles(), programmeIds,
                Instant.now());
        account.changeEmail(user.email());
        if (!user.enabled()) {
            account.disable();
        }
        repository.save(account);
        repository.flush(); // the answer carries the version the first PUT must send
        audit.record(AuditActions.CREATE, "user", account.getId(), "roles " + new TreeSet<>(user.roles()));
        return summary(account);
    }

    /** Creates a user during bootstrap or demo loading, where there is no administrator yet. */
    UserAccount createInitialUser(String username, String password, Set<Role> roles, Set<Long> programmeIds) {
        UserAccount account = repository.save(new UserAccount(username, hasher.hash(password), roles, programmeIds,
                Instant.now()));
        audit.record(AuditActions.CREATE, "user", account.getId(), "roles " + new TreeSet<>(roles));
        return account;
    }

    public UserSummary changeUser(long id, UserChange change) {
        caller.requireAnyRole(Role.ADMIN);
        Violations.require(validator, change);
        UserAccount account = repository.userById(id).orElseThrow(() -> new NotFoundException("user"));
        List<FieldError> errors = new ArrayList<>();
        if (change.password() != null) {
            PasswordPolicy.problemWith(change.password(), account.getUsername())
                    .ifPresent(p -> errors.add(new FieldError("password", p)));
        }
        Set<Long> programmeIds = programmeIds(change.programmes(), errors);
        InvalidInputException.throwIfAny(errors);
        locks.forEdit(account, change.version(), "The user was changed by someone else; reload it");
        account.assign(change.roles(), programmeIds);
        if (change.email() != null) {
            account.changeEmail(change.email());
        }
        if (change.password() != null) {
            account.changePassword(hasher.hash(change.password()));
        }
        if (change.enabled() && !account.isEnabled()) {
            account.enable();
        } else if (!change.enabled() && account.isEnabled()) {
            account.disable();
            repository.revokeTokensOf(account.getUsername(), Instant.now());
        }
        audit.record(AuditActions.UPDATE, "user", id, (change.password() != null ? "password reset; " : "")
                + "roles " + new TreeSet<>(change.roles()) + "; enabled " + change.enabled());
        repository.flush(); // the answer carries the version the next update must send
        return summary(account);
    }

    public UserSummary user(long id) {
        caller.requireAnyRole(Role.ADMIN);
        return summary(repository.userById(id).orElseThrow(() -> new NotFoundException("user")));
    }

    public Page<UserSummary> users(PageRequest page) {
        caller.requireAnyRole(Role.ADMIN);
        return new Page<>(repository.users(page.offset(), page.size()).stream().map(this::summary).toList(),
                repository.countUsers(), page.page(), page.size());
    }

    private Set<Long> programmeIds(Set<String> codes, List<FieldError> errors) {
        Set<Long> ids = new HashSet<>();
        for (String code : codes) {
            repository.programmeByCode(code).ifPresentOrElse(p -> ids.add(p.getId()),
                    () -> errors.add(new FieldError("programmes", "unknown programme code " + code)));
        }
        return ids;
    }

    private UserSummary summary(UserAccount a) {
        Set<String> codes = new TreeSet<>();
        for (Long id : a.getProgrammeIds()) {
            repository.programmeById(id).map(Programme::getCode).ifPresent(codes::add);
        }
        return new UserSummary(a.getId(), a.getUsername(), a.getRoles(), codes, a.isEnabled(), a.isMfaEnrolled(),
                a.isLockedAt(Instant.now()), a.getVersion(), a.getEmail());
    }
}
