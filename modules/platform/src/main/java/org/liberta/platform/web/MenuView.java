package org.liberta.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ui.MenuContribution;
import org.liberta.platform.api.ui.MenuItem;
import org.liberta.platform.api.ui.TodaysWork;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.platform.api.ui.WorkItem;

/**
 * The main menu, gathered from every module's {@link MenuContribution} and trimmed to the user's roles, and the home
 * page's "today's work" from every module's {@link TodaysWork}.
 */
@Named
@RequestScoped
public class MenuView {

    private static final Logger LOG = Logger.getLogger(MenuView.class.getName());

    @Inject
    private Instance<MenuContribution> contributions;

    @Inject
    private Caller caller;

    @Inject
    private Instance<TodaysWork> work;

    private List<MenuItem> items;
    private List<WorkArea> today;
    private boolean todayIncomplete;

    /** The items of one module on the home page, under its title. */
    public record WorkArea(String title, List<WorkItem> items) {
    }

    /**
     * Today's work, module by module in menu order. The home page asks for it in a deferred panel, so the page is up
     * at once and the counts (a few small queries per module) follow. A module whose counts fail (its database
     * busy, say) is left out and the page says so; the rest of the day still shows.
     */
    public List<WorkArea> getToday() {
        if (today == null) {
            List<WorkArea> areas = new ArrayList<>();
            work.stream().sorted(Comparator.comparingInt(TodaysWork::order)).forEach(module -> {
                try {
                    List<WorkItem> items = module.forCurrentUser();
                    if (!items.isEmpty()) {
                        areas.add(new WorkArea(items.get(0).area(), items));
                    }
                } catch (RuntimeException e) {
                    todayIncomplete = true;
                    // The type only: a message can carry SQL and the values in it.
                    LOG.log(Level.SEVERE, () -> "Today's work of " + module.getClass().getName() + " could not be"
                            + " counted: " + e.getClass().getName());
                }
            });
            today = List.copyOf(areas);
        }
        return today;
    }

    /** Whether some module's part of today's work could not be counted (read after {@link #getToday()}). */
    public boolean isTodayIncomplete() {
        getToday();
        return todayIncomplete;
    }

    public List<MenuItem> getItems() {
        if (items == null) {
            items = contributions.stream().flatMap(c -> c.menuItems().stream())
                    .filter(i -> i.roles().isEmpty() || i.roles().stream().anyMatch(caller::hasRole))
                    .sorted(Comparator.comparingInt(MenuItem::order)).toList();
        }
        return items;
    }

    public String label(MenuItem item) {
        return UiFeedback.text(item.bundle(), item.labelKey());
    }

    public String getUsername() {
        return caller.username();
    }

    public boolean isSignedIn() {
        return caller.isAuthenticated();
    }
}
