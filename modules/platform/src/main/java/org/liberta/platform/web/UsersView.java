package org.liberta.platform.web;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.ui.PagedLazyModel;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.platform.internal.application.ProgrammeService;
import org.liberta.platform.internal.application.UserService;
import org.liberta.platform.internal.application.UserService.NewUser;
import org.liberta.platform.internal.application.UserService.UserChange;
import org.liberta.platform.internal.application.UserService.UserSummary;

/** Administrators manage users: roles, programmes, password resets, disabling. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;

    @Inject
    private ProgrammeService programmes;

    private PagedLazyModel<UserSummary> model;

    /** The form in the dialog; {@code id} null means a new user. */
    private Long id;
    private long version;
    private String username;
    private String password;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Set<String> programmeCodes = new HashSet<>();
    private boolean enabled = true;
    private String email;
    private boolean mfaEnrolled;
    private String factorRemovalReason;

    @Inject
    private org.liberta.platform.internal.application.AuthenticationService authentication;

    @PostConstruct
    void init() {
        UserService service = users;
        model = new PagedLazyModel<>(service::users, UserSummary::id);
    }

    public void startNew() {
        id = null;
        username = null;
        password = null;
        roles = EnumSet.noneOf(Role.class);
        programmeCodes = new HashSet<>();
        enabled = true;
        email = null;
        mfaEnrolled = false;
    }

    public void edit(UserSummary user) {
        id = user.id();
        version = user.version();
        username = user.username();
        password = null;
        roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        programmeCodes = new HashSet<>(user.programmes());
        enabled = user.enabled();
        email = user.email();
        mfaEnrolled = user.mfaEnrolled();
        factorRemovalReason = null;
    }

    /** A lost authenticator, removed after checking who asks (the reason is audited); not one's own. */
    public void removeSecondFactor() {
        if (UiFeedback.attempt(() -> authentication.removeSecondFactor(id, factorRemovalReason), "users.factorRemoved")) {
            mfaEnrolled = false;
            factorRemovalReason = null;
        }
    }

    public boolean isMfaEnrolled() {
        return mfaEnrolled;
    }

    public String getFactorRemovalReason() {
        return factorRemovalReason;
    }

    public void setFactorRemovalReason(String factorRemovalReason) {
        this.factorRemovalReason = factorRemovalReason;
    }

    public void save() {
        boolean ok = id == null
                ? UiFeedback.attempt(() -> users.createUser(new NewUser(username, password, roles, programmeCodes, enabled,
                        email)),
                        "users.created")
                : UiFeedback.attempt(() -> users.changeUser(id, new UserChange(version, password, roles, programmeCodes,
                        enabled, email == null ? "" : email)), "users.saved");
        password = null;
        if (ok) {
            org.primefaces.PrimeFaces.current().executeScript("PF('userDialog').hide()");
        }
    }

    public PagedLazyModel<UserSummary> getModel() {
        return model;
    }

    public List<String> getAllRoles() {
        return java.util.Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public List<ProgrammeSummary> getAllProgrammes() {
        return programmes.all();
    }

    public boolean isNewUser() {
        return id == null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /**
     * Role names: a multi-select cannot tell a List's element type, so the view speaks strings; and it copies
     * the list it was given, so that list must be a mutable one (an immutable list makes Faces log an error).
     */
    public List<String> getRoles() {
        return new java.util.ArrayList<>(roles.stream().map(Role::name).toList());
    }

    public void setRoles(List<String> names) {
        this.roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> roles.add(Role.valueOf(n)));
        }
    }

    public List<String> getProgrammeCodes() {
        return new java.util.ArrayList<>(programmeCodes);
    }

    public void setProgrammeCodes(List<String> codes) {
        this.programmeCodes = codes == null ? new HashSet<>() : new HashSet<>(codes);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
