package org.liberta.platform.api.sync;

import jakarta.json.JsonObject;

import org.liberta.platform.api.ConflictException;

/**
 * An edit made offline to a record that changed on the server meanwhile. It carries the server's record as it is now,
 * so the device can show both side by side: its user keeps theirs (sending it again with {@code version}), takes the
 * server's, or merges field by field.
 */
public class FieldConflict extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final transient JsonObject current;

    public FieldConflict(String message, JsonObject current) {
        super(message);
        this.current = current;
    }

    /** The record as the server holds it, with its {@code version}. */
    public JsonObject current() {
        return current;
    }
}
