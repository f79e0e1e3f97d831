package org.liberta.platform.api.ui;

import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

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
}
