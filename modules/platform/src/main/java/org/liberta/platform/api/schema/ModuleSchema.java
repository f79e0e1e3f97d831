package org.liberta.platform.api.schema;

/**
 * A module's Flyway migrations: scripts under {@code db/<module>/} in its jar, with a history table of its own
 * so modules version their schema independently. Migrated at start-up in ascending {@link #order()}.
 */
public interface ModuleSchema {

    String module();

    int order();
}
