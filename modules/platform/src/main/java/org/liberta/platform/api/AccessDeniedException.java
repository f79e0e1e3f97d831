package org.liberta.platform.api;

/** The caller is authenticated but their role does not allow the action. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
