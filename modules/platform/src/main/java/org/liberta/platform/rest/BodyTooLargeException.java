package org.liberta.platform.rest;

/** A request body over the configured limit (1 MiB for JSON, 10 MiB for a file by default). */
public class BodyTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /** {@code file} is true when the body is an uploaded file rather than JSON: the error then names "file". */
    public BodyTooLargeException(long limit, boolean file) {
        super((file ? "The file is larger than " : "The request body is larger than ") + limit + " bytes");
        this.field = file ? "file" : "body";
    }

    public String field() {
        return field;
    }
}
