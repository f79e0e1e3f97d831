package org.liberta.platform.api.documents;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.liberta.platform.api.InvalidInputException;

class ZipBombGuardTest {

    @Test
    void aRealWorkbookPasses() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Cases").createRow(0).createCell(0).setCellValue("Case number");
            workbook.write(out);
            assertDoesNotThrow(() -> ZipBombGuard.check(out.toByteArray(), "file"));
        }
    }

    /** Liberta's own exports are streamed by POI with data descriptors, and must import again (HTCDS round trip). */
    @Test
    void aStreamedWorkbookOfManyRowsPasses() {
        try (org.liberta.platform.api.sheets.SheetWriter sheet = new org.liberta.platform.api.sheets.SheetWriter()) {
            sheet.sheet("Cases").header(java.util.List.of("programme", "gender", "birth date", "pseudonym"));
            for (int i = 0; i < 2000; i++) {
                sheet.row(new Object[] {"BD", "Female", "2019-01-01", "Pseudonym " + i});
            }
            byte[] export = sheet.toBytes();
            assertDoesNotThrow(() -> ZipBombGuard.check(export, "file"));
        }
    }

    @Test
    void aPartThatInflatesAThousandfoldIsRefusedUnderTheField() throws IOException {
        byte[] bomb = zip(1, 64L * 1024 * 1024); // 64 MB of zeros deflates to about 64 KB
        assertTrue(bomb.length < 200 * 1024, "the bomb is small: " + bomb.length);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ZipBombGuard.check(bomb, "file"));
        assertEquals("file", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).message().contains("zip bomb"), refused.errors().toString());
    }

    @Test
    void tooManyPartsAndNotAZipAtAllAreRefused() throws IOException {
        InvalidInputException many = assertThrows(InvalidInputException.class,
                () -> ZipBombGuard.check(zip(ZipBombGuard.MAX_ENTRIES + 1, 0), "file"));
        assertTrue(many.errors().get(0).message().contains("parts"), many.errors().toString());
        InvalidInputException garbage = assertThrows(InvalidInputException.class,
                () -> ZipBombGuard.check("PK\u0003\u0004 and then nothing a zip holds".getBytes(), "evidence"));
        assertEquals("evidence", garbage.errors().get(0).field());
    }

    /**
     * Found by fuzzing: a part whose header asks for zstd (93) made Commons Compress reach for a decoder this server
     * does not have, and the NoClassDefFoundError escaped as a 500. Office writes only stored (0) and deflated (8)
     * parts; anything else is refused, naming the field, whether or not a decoder is there.
     */
    @Test
    void aPartCompressedInAWayOfficeDoesNotWriteIsRefused() throws IOException {
        for (int method : new int[] {93, 95, 12}) { // zstd, xz, bzip2
            byte[] zip = storedPart();
            zip[8] = (byte) method; // the local file header's compression method (little-endian, offset 8)
            zip[9] = 0;
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ZipBombGuard.check(zip, "file"),
                    "method " + method);
            assertEquals("file", refused.errors().get(0).field());
        }
    }

    /** A zip of one stored part whose header carries its sizes, so a reader prepares its decoder on reaching it. */
    private static byte[] storedPart() throws IOException {
        byte[] content = "<sheet/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(content);
        ZipEntry part = new ZipEntry("xl/workbook.xml");
        part.setMethod(ZipEntry.STORED);
        part.setSize(content.length);
        part.setCrc(crc.getValue());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(part);
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A zip of {@code entries} parts, the first holding {@code zeros} zero bytes. */
    private static byte[] zip(int entries, long zeros) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("xl/part" + i + ".xml"));
                for (long left = i == 0 ? zeros : 0; left > 0; left -= block.length) {
                    zip.write(block, 0, (int) Math.min(block.length, left));
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
