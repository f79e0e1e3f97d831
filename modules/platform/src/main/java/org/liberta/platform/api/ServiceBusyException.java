package org.liberta.platform.api;

/** Expensive work is at its concurrency limit; the client should retry shortly (503). */
public class ServiceBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServiceBusyException(String message) {
        super(message);
    }
}
