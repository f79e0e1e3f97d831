package org.liberta.platform.api.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liberta.platform.api.InvalidInputException;

class CsvReaderTest {

    private static CsvReader.Table read(String text) {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8), 100);
    }

    @Test
    void columnsAreFoundByNameWhateverTheirOrderOrCase() {
        CsvReader.Table table = read("Case Number,court\r\n12/2021,Tribunal 1\r\n");
        CsvReader.Row row = table.rows().get(0);
        assertEquals("12/2021", row.get("case number"));
        assertEquals("Tribunal 1", row.get("COURT"));
        assertNull(row.get("district"), "an absent column reads as blank");
        assertEquals(2, row.line());
    }

    @Test
    void quotedCellsHoldSeparatorsQuotesAndLineBreaksAndLinesCountAsAnEditorShowsThem() {
        CsvReader.Table table = read("\uFEFFcourt,note\n\"Tribunal 1, Jessore\",\"said \"\"no\"\"\nthen left\"\n\nB,plain\n");
        assertEquals(List.of("court", "note"), table.header(), "the byte-order mark is not part of the first name");
        assertEquals("Tribunal 1, Jessore", table.rows().get(0).get("court"));
        assertEquals("said \"no\"\nthen left", table.rows().get(0).get("note"));
        assertEquals(2, table.rows().size(), "blank lines are skipped");
        assertEquals(5, table.rows().get(1).line(), "the second record starts on the fifth line of the file");
    }

    @Test
    void aHeaderWithSemicolonsMeansSemicolonSeparatedAsExcelWritesInRomania() {
        CsvReader.Table table = read("court;district\nTribunal 1, Jessore;Jessore\n");
        assertEquals("Tribunal 1, Jessore", table.rows().get(0).get("court"));
        assertEquals("Jessore", table.rows().get(0).get("district"));
    }

    @Test
    void filesThatCannotBeReadAreRefusedNamingTheFile() {
        byte[] latin1 = "court\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("file", assertThrows(InvalidInputException.class, () -> CsvReader.read(latin1, 100)).errors().get(0).field());
        assertEquals("file", assertThrows(InvalidInputException.class, () -> read("")).errors().get(0).field());
        assertEquals("file", assertThrows(InvalidInputException.class, () -> read("a\n\"open\n")).errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> CsvReader.read("a\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), 2));
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> read("court\nX\n").requireColumns("court", "caseNumber", "filedOn"));
        assertEquals("the header line lacks the column(s) caseNumber, filedOn", missing.errors().get(0).message());
    }
}
