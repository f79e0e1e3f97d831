package org.liberta.reporting.internal.domain;

/**
 * How the change from the previous period reads in the published table: "↑ 146%", "↓ 96%", "0%", "new" when there
 * was nothing before (never "↑ 100%" for 0 → 1), and a dash when there is nothing either side.
 */
public final class ChangeLabel {

    private ChangeLabel() {
    }

    public static String of(Long current, Long previous, Long changePct) {
        if (current == null || previous == null) {
            return "";
        }
        if (previous == 0) {
            return current == 0 ? "–" : "new";
        }
        if (changePct == null || changePct == 0) {
            return "0%";
        }
        return (changePct > 0 ? "↑ " : "↓ ") + Math.abs(changePct) + "%";
    }
}
