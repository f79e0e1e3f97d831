package org.liberta.platform.api;

/** A stale version or a duplicate natural key: the client must re-read and decide. */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
