package org.liberta.platform.api.ui;

import java.util.List;

/** Implemented by each module (as a CDI bean) to put its pages into the shell's menu. */
public interface MenuContribution {

    List<MenuItem> menuItems();
}
