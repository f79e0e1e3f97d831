package org.liberta.courts.internal.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.schema.ModuleSchema;

/** The courts' tables come after casework's: victims are survivors. */
@ApplicationScoped
public class CourtsSchema implements ModuleSchema {

    @Override
    public String module() {
        return "courts";
    }

    @Override
    public int order() {
        return 20;
    }
}
