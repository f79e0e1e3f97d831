/**
 * The deployable: wires the modules into one WAR with one persistence unit, the datasource, the REST
 * application and the home page. It owns no business rules; its tests check the module rules of all the others.
 */
@AppModule(name = "app",
        summary = "the WAR: persistence unit, datasources, REST application, home page, architecture tests",
        allowedDependencies = {"casework", "courts", "witness", "training", "advocacy", "reporting"},
        platformApis = {"rest"})
package org.liberta.app;

import org.liberta.platform.api.AppModule;
