package org.liberta.reporting.web;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.ui.MenuContribution;
import org.liberta.platform.api.ui.MenuItem;

/** Puts the reporting pages into the shell's menu for everyone (figures are scoped to the viewer). */
@ApplicationScoped
public class ReportingMenu implements MenuContribution {

    static final String BUNDLE = "org.liberta.reporting.web.messages";

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem(BUNDLE, "module.title", "/reporting/index", "pi pi-chart-bar", 600, Set.of()),
                new MenuItem(BUNDLE, "dashboard.title", "/reporting/dashboard", "pi pi-chart-line", 601, Set.of()));
    }
}
