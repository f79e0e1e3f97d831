package org.liberta.platform.rest;

/** A request body over the configured limit (1 MiB by default). */
public class BodyTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
