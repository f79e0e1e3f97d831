package org.liberta.platform.web;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.Role;
import org.liberta.platform.api.ui.MenuContribution;
import org.liberta.platform.api.ui.MenuItem;
import org.liberta.platform.api.ui.UiFeedback;

/** The platform's own pages: administration for administrators, security settings for everyone. */
@ApplicationScoped
public class PlatformMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem(UiFeedback.BUNDLE, "menu.users", "/admin/users", "pi pi-users", 900, Set.of(Role.ADMIN)),
                new MenuItem(UiFeedback.BUNDLE, "menu.programmes", "/admin/programmes", "pi pi-globe", 910, Set.of(Role.ADMIN)),
                new MenuItem(UiFeedback.BUNDLE, "menu.audit", "/admin/audit", "pi pi-history", 920, Set.of(Role.ADMIN)),
                new MenuItem(UiFeedback.BUNDLE, "menu.profile", "/profile", "pi pi-lock", 990, Set.of()));
    }
}
