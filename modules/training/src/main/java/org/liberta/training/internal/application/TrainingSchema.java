package org.liberta.training.internal.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.schema.ModuleSchema;

/** Training's tables stand on their own; they come after the witness programme's only to keep one order. */
@ApplicationScoped
public class TrainingSchema implements ModuleSchema {

    @Override
    public String module() {
        return "training";
    }

    @Override
    public int order() {
        return 40;
    }
}
