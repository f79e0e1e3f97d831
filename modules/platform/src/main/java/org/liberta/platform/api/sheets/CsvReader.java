package org.liberta.platform.api.sheets;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.liberta.platform.api.InvalidInputException;

/**
 * Reads a CSV file someone exported from their own spreadsheet: RFC 4180 quoting (fields may hold commas, quotes
 * and line breaks), UTF-8 with or without a byte-order mark, CRLF or LF, and a semicolon as separator where the
 * header uses one (Excel writes those in Romanian and other locales). The first line names the columns;
 * columns are found by name, case-insensitively, so their order does not matter. Each row keeps the line
 * number it started on, so a rejection can point at the line the person sees in their editor.
 */
public final class CsvReader {

    /** A data row: the file line it starts on and its cells, read through the header's names. */
    public record Row(int line, List<String> cells, Map<String, Integer> columns) {

        /** The cell under the column, stripped; null when the column is absent or the cell is blank. */
        public String get(String column) {
            Integer i = columns.get(column.toLowerCase(Locale.ROOT));
            if (i == null || i >= cells.size()) {
                return null;
            }
            String value = cells.get(i).strip();
            return value.isEmpty() ? null : value;
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** A read file: the header's column names (as written) and every non-blank row. */
    public record Table(List<String> header, List<Row> rows) {

        public boolean hasColumn(String column) {
            return header.stream().anyMatch(h -> h.equalsIgnoreCase(column));
        }

        /** Complains about required columns the header lacks, naming them. */
        public void requireColumns(String... required) {
            List<String> missing = new ArrayList<>();
            for (String column : required) {
                if (!hasColumn(column)) {
                    missing.add(column);
                }
            }
            if (!missing.isEmpty()) {
                throw InvalidInputException.of("file", "the header line lacks the column(s) " + String.join(", ", missing));
            }
        }
    }

    private CsvReader() {
    }

    /** Reads the file; a file that is not UTF-8 text, is empty, or has more than {@code maxRows} rows is refused. */
    public static Table read(byte[] file, int maxRows) {
        String text = decode(file);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        char separator = separatorOf(text);
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        Map<String, Integer> columns = new HashMap<>();
        Parser parser = new Parser(text, separator);
        Optional<Row> next;
        while ((next = parser.next(columns)).isPresent()) {
            Row row = next.get();
            if (header == null) {
                header = row.cells().stream().map(String::strip).toList();
                for (int i = 0; i < header.size(); i++) {
                    columns.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
                }
                continue;
            }
            if (row.isBlank()) {
                continue;
            }
            if (rows.size() == maxRows) {
                throw InvalidInputException.of("file", "has more than " + maxRows + " lines; split it into smaller files");
            }
            rows.add(row);
        }
        if (header == null) {
            throw InvalidInputException.of("file", "is empty; the first line must name the columns");
        }
        return new Table(header, List.copyOf(rows));
    }

    private static String decode(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("file", "is not UTF-8 text; save it from your spreadsheet as \"CSV UTF-8\"");
        }
    }

    /** A semicolon when the header line has more of them than commas (outside quotes); a comma otherwise. */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** A one-pass RFC 4180 tokenizer that counts physical lines. */
    private static final class Parser {
        private final String text;
        private final char separator;
        private int pos;
        private int line = 1;

        Parser(String text, char separator) {
            this.text = text;
            this.separator = separator;
        }

        Optional<Row> next(Map<String, Integer> columns) {
            if (pos >= text.length()) {
                return Optional.empty();
            }
            int startLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (quoted) {
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            cell.append('"');
                            pos++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                    }
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                } else if (c == separator) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                        pos++;
                    }
                    line++;
                    cells.add(cell.toString());
                    return Optional.of(new Row(startLine, List.copyOf(cells), columns));
                } else {
                    cell.append(c);
                }
            }
            if (quoted) {
                throw InvalidInputException.of("file", "line " + startLine + " opens a quote that is never closed");
            }
            cells.add(cell.toString());
            return Optional.of(new Row(startLine, List.copyOf(cells), columns));
        }
    }
}
