package org.liberta.platform.api.audit;

/** Action names used in the audit trail; docs/api.md fixes {@code REVEAL}. */
public final class AuditActions {
    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";
    public static final String REVEAL = "REVEAL";
    public static final String EXPORT = "EXPORT";
    public static final String DENIED = "DENIED";
    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOCKED_OUT = "LOCKED_OUT";
    /** Failed sign-ins spread over many accounts (docs/security.md item 5): administrators are alerted. */
    public static final String PASSWORD_SPRAY = "PASSWORD_SPRAY";
    public static final String SESSION_RENEWED = "SESSION_RENEWED";
    public static final String LOGOUT = "LOGOUT";
    public static final String TOKEN_ISSUED = "TOKEN_ISSUED";
    public static final String TOKEN_REVOKED = "TOKEN_REVOKED";
    public static final String MFA_ENROLLED = "MFA_ENROLLED";
    public static final String MFA_REMOVED = "MFA_REMOVED";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    /** The field app (issue 34): a revoked device sending (kept, not applied); an action a device synced. */
    public static final String DEVICE_QUARANTINED = "DEVICE_QUARANTINED";
    public static final String SYNC = "SYNC";
    public static final String PASSWORD_CHANGE_REFUSED = "PASSWORD_CHANGE_REFUSED";
    public static final String KEY_ROTATION = "KEY_ROTATION";

    private AuditActions() {
    }
}
