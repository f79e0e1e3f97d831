package org.liberta.witness.internal.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.schema.ModuleSchema;

/** The witness tables come after the courts': attendances are for hearings. */
@ApplicationScoped
public class WitnessSchema implements ModuleSchema {

    @Override
    public String module() {
        return "witness";
    }

    @Override
    public int order() {
        return 30;
    }
}
