package org.liberta.reporting.internal.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's charts for one period, each by programme (the caller's programmes, in column order). A chart whose
 * indicators no module offers is null. Series have one value per month in {@code months} ("2021-03"); stacks one
 * value per category.
 */
public record Dashboard(HeadlineReport.Dates period, List<HeadlineReport.Column> programmes, List<String> months,
        Series overTime, Stack policeLadder, Stack recoveryProgress, Series courtBacklog, Series witnessAttendancePct,
        Stack trainingByProfession) implements Serializable {

    /** An indicator month by month; for a rate, percentages (null where nothing was due). */
    public record Series(String code, String label, Map<String, List<Long>> byProgramme) implements Serializable {
    }

    /** Figures side by side: one value per category for each programme. */
    public record Stack(List<Category> categories, Map<String, List<Long>> byProgramme) implements Serializable {
    }

    public record Category(String code, String label) implements Serializable {
    }
}
