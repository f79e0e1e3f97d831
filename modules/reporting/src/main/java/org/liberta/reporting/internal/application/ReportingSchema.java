package org.liberta.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.schema.ModuleSchema;

/** Reporting's own tables (published reports, targets) stand alone; it counts through the modules' indicators. */
@ApplicationScoped
public class ReportingSchema implements ModuleSchema {

    @Override
    public String module() {
        return "reporting";
    }

    @Override
    public int order() {
        return 60;
    }
}
