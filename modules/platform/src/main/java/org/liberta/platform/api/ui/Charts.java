package org.liberta.platform.api.ui;

import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** Chart.js configurations for {@code p:chart}: the few shapes Liberta's pages draw, built one way. */
public final class Charts {

    private Charts() {
    }

    /** One bar per entry, in the map's order, one colour, no legend. */
    public static String bar(Map<String, ? extends Number> values, String colour) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach((k, v) -> {
            labels.add(k);
            if (v instanceof Long || v instanceof Integer) {
                data.add(v.longValue());
            } else {
                data.add(v.doubleValue());
            }
        });
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "").add("data", data).add("backgroundColor", colour))))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    /** Colours for series in order, distinguishable side by side and in grey print. */
    private static final List<String> PALETTE = List.of("#3b4f8f", "#d97706", "#0f766e", "#b91c1c", "#7c3aed", "#64748b",
            "#ca8a04", "#0369a1");

    /** One line per series over the labels (months, say), with a legend; a null value leaves a gap. */
    public static String lines(List<String> labels, Map<String, ? extends List<? extends Number>> series) {
        return multi("line", labels, series, false);
    }

    /** Bars for each label, one per series side by side, or stacked into one bar per label. */
    public static String bars(List<String> labels, Map<String, ? extends List<? extends Number>> series, boolean stacked) {
        return multi("bar", labels, series, stacked);
    }

    private static String multi(String type, List<String> labels, Map<String, ? extends List<? extends Number>> series,
            boolean stacked) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, ? extends List<? extends Number>> s : series.entrySet()) {
            String colour = PALETTE.get(i++ % PALETTE.size());
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.getValue().forEach(v -> {
                if (v == null) {
                    data.addNull();
                } else if (v instanceof Long || v instanceof Integer) {
                    data.add(v.longValue());
                } else {
                    data.add(v.doubleValue());
                }
            });
            datasets.add(Json.createObjectBuilder().add("label", s.getKey()).add("data", data)
                    .add("backgroundColor", colour).add("borderColor", colour).add("fill", false));
        }
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true);
        if (stacked) {
            options.add("scales", Json.createObjectBuilder()
                    .add("x", Json.createObjectBuilder().add("stacked", true))
                    .add("y", Json.createObjectBuilder().add("stacked", true)));
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels)).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
