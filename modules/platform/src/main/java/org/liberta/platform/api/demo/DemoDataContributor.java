package org.liberta.platform.api.demo;

/**
 * Loads a module's share of the demo dataset through the module's own services. Runs only in demo mode,
 * only into an empty database, as the system caller, in ascending {@link #order()}.
 */
public interface DemoDataContributor {

    int order();

    void loadDemoData();
}
