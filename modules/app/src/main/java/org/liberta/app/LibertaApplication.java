package org.liberta.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API of docs/api.md under {@code /api/v1}; resources and providers come from the module jars. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Liberta", version = "1",
        description = "Case, court, training and advocacy records of an anti-trafficking charity"))
public class LibertaApplication extends Application {
}
