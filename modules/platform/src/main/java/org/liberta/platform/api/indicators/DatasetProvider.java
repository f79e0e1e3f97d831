package org.liberta.platform.api.indicators;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liberta.platform.api.Period;

/**
 * A second SPI beside {@link IndicatorProvider}, for analyses that need one row per unit rather than a count: a
 * module offers datasets by code (casework: {@code INVESTIGATIONS}), each row a set of named numeric variables, no
 * person's identity in any of them. Rows are read with a few aggregate queries, never one per unit.
 */
public interface DatasetProvider {

    Set<String> datasets();

    List<Map<String, Double>> rows(String dataset, Period period, Collection<Long> programmeIds);

    /**
     * The variables of a dataset's rows that are results to be explained (an investigation's arrests, charges, …),
     * in the order an analysis shows them; the module that owns the dataset names them, so no reader repeats them.
     */
    List<String> outcomeVariables(String dataset);
}
