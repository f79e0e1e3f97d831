package org.liberta.platform.api.sheets;

import java.util.List;

/**
 * RFC 4180 CSV, UTF-8 with a byte-order mark so Excel shows Bengali and Romanian correctly; text is neutralised
 * against formula injection and quoted when it needs to be.
 */
public final class CsvWriter {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    public CsvWriter row(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            String text = v instanceof Number ? v.toString() : CellSafety.neutralise(v.toString());
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                    || text.indexOf('\'') == 0) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        out.append("\r\n");
        return this;
    }

    public CsvWriter row(Object... values) {
        return row(java.util.Arrays.asList(values));
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
