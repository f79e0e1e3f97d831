package org.liberta.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.liberta.platform.internal.application.Bootstrap;

/**
 * Runs start-up work once the web application's resources (the datasources above all) are bound; CDI's own
 * "application initialised" event fires too early for that on Payara.
 */
@WebListener
public class StartupListener implements ServletContextListener {

    @Inject
    private Bootstrap bootstrap;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        bootstrap.start();
    }
}
