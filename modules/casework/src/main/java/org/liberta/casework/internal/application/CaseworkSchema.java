package org.liberta.casework.internal.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.schema.ModuleSchema;

/** Casework's tables come right after the platform's: courts and witness refer to survivors. */
@ApplicationScoped
public class CaseworkSchema implements ModuleSchema {

    @Override
    public String module() {
        return "casework";
    }

    @Override
    public int order() {
        return 10;
    }
}
