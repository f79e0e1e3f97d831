package org.liberta.training.web;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.Role;
import org.liberta.platform.api.ui.MenuContribution;
import org.liberta.platform.api.ui.MenuItem;

/** Puts the training pages into the shell's menu for the roles that work there. */
@ApplicationScoped
public class TrainingMenu implements MenuContribution {

    static final String BUNDLE = "org.liberta.training.web.messages";

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem(BUNDLE, "module.title", "/training/index", "pi pi-book", 400,
                Set.of(Role.TRAINER, Role.PARTNER, Role.ADMIN)),
                new MenuItem(BUNDLE, "calendar.title", "/training/calendar", "pi pi-calendar", 405,
                        Set.of(Role.TRAINER, Role.PARTNER, Role.ADMIN)),
                new MenuItem(BUNDLE, "figures.menu", "/training/figures", "pi pi-chart-bar", 410,
                        Set.of(Role.TRAINER, Role.PARTNER, Role.MEL, Role.ADMIN)));
    }
}
