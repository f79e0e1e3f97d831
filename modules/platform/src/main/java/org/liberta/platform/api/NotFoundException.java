package org.liberta.platform.api;

/** Unknown record, or one outside the caller's scope: both answer the same, so neither leaks. */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String recordType) {
        super(recordType + " not found");
    }
}
