package org.liberta.courts.web;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.Role;
import org.liberta.platform.api.ui.MenuContribution;
import org.liberta.platform.api.ui.MenuItem;

/** Puts the courts pages into the shell's menu for the roles that work there. */
@ApplicationScoped
public class CourtsMenu implements MenuContribution {

    static final String BUNDLE = "org.liberta.courts.web.messages";

    @Override
    public List<MenuItem> menuItems() {
        Set<Role> readers = Set.of(Role.LAWYER, Role.PARTNER, Role.ADMIN, Role.MEL);
        return List.of(new MenuItem(BUNDLE, "module.title", "/courts/index", "pi pi-building", 200, readers),
                new MenuItem(BUNDLE, "calendar.title", "/courts/calendar", "pi pi-calendar", 210, readers),
                new MenuItem(BUNDLE, "backlog.title", "/courts/backlog", "pi pi-chart-bar", 220, readers),
                new MenuItem(BUNDLE, "import.menu", "/courts/import", "pi pi-upload", 230,
                        Set.of(Role.LAWYER, Role.PARTNER, Role.ADMIN)));
    }
}
