package org.liberta.casework.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.liberta.casework.api.ConsentPurpose;
import org.liberta.casework.api.ControlMethod;
import org.liberta.casework.api.ExploitationType;
import org.liberta.casework.api.Gender;
import org.liberta.casework.api.RecruitmentMethod;
import org.liberta.casework.internal.application.HtcdsReader.HtcdsRecord;
import org.liberta.casework.internal.application.HtcdsReader.Reading;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;

class HtcdsReaderTest {

    @Test
    void readsAFilledInTemplateByFieldName() throws IOException {
        byte[] file;
        try (HtcdsTemplate t = new HtcdsTemplate()) {
            file = t.person(3, "Amina", "Test-Khatun", LocalDate.of(1999, 5, 17))
                    .set(3, "prs_MobilePhone", "+880 1700 000000").set(3, "prs_MailingCity", "Jessore")
                    .set(3, "prs_Email", "amina@example.org").bytes();
        }
        Reading reading = HtcdsReader.read(file);
        assertEquals(List.of(), reading.rejected());
        HtcdsRecord r = reading.records().get(0);
        assertEquals(3, r.line());
        assertEquals(Gender.FEMININE, r.profile().gender());
        assertEquals(1999, r.profile().birthYear());
        assertEquals("BD", r.profile().nationality());
        assertEquals(EnumSet.of(ExploitationType.SEXUAL_EXPLOITATION, ExploitationType.FORCED_LABOUR), r.profile().exploitation());
        assertEquals(EnumSet.of(ControlMethod.DEBT_BONDAGE, ControlMethod.WITHHOLDS_DOCUMENTS), r.profile().control());
        assertEquals(RecruitmentMethod.FRIENDS, r.profile().recruitment());
        assertEquals(HtcdsReader.TEMPLATE_CONSENT, r.consents());
        assertEquals(LocalDate.of(2021, 4, 2), r.intakeOn());
        assertNull(r.closedOn());
        assertEquals("Amina Test-Khatun", r.identity().get("legalName"));
        assertEquals("1999-05-17", r.identity().get("birthDate"));
        assertEquals("+880 1700 000000", r.identity().get("phone"));
        assertEquals("Jessore", r.identity().get("address"));
        assertEquals("BD|amina test-khatun|1999-05-17", r.matchKey("BD"));
    }

    @Test
    void rejectsEachBadLineWithEveryReasonNamedByColumnAndKeepsTheGoodOnes() throws IOException {
        byte[] file;
        try (HtcdsTemplate t = new HtcdsTemplate()) {
            file = t.person(3, "Good", "Person", LocalDate.of(1990, 1, 1))
                    .person(4, "Bad", "Person", LocalDate.now().plusYears(1))
                    .set(4, "prs_Gender", "Robot").set(4, "vic_TypeOfExploitation", "Sexual exploitation;Juggling")
                    .set(4, "prs_Citizenship", "Atlantis").set(4, "con_Consent", "Perhaps")
                    .person(5, "Good", "Person", LocalDate.of(1990, 1, 1))
                    .person(6, "Late", "Date", LocalDate.of(1990, 1, 1)).set(6, "cas_IncomingReferralDate", "31/02/2021")
                    .bytes();
        }
        Reading reading = HtcdsReader.read(file);
        assertEquals(1, reading.records().size());
        assertEquals(List.of(4, 5, 6), reading.rejected().stream().map(HtcdsReader.RejectedLine::line).sorted().toList());
        List<String> line4 = reading.rejected().stream().filter(l -> l.line() == 4).findFirst().orElseThrow()
                .errors().stream().map(FieldError::field).sorted().toList();
        assertEquals(List.of("Birthdate", "Citizenship", "Consent", "Gender", "Type of Exploitation"), line4);
        assertTrue(reading.rejected().stream().filter(l -> l.line() == 5).findFirst().orElseThrow()
                .errors().get(0).message().contains("line 3"));
        assertEquals("Incoming Referral Date", reading.rejected().stream().filter(l -> l.line() == 6).findFirst()
                .orElseThrow().errors().get(0).field());
    }

    @Test
    void neverEvaluatesFormulasAndRecognisesAnAnonymousRowSentTwice() throws IOException {
        byte[] file;
        try (HtcdsTemplate t = new HtcdsTemplate()) {
            t.formula(3, "prs_FirstName", "1+1").set(3, "prs_Gender", "Masculine");
            file = t.set(4, "prs_Gender", "TransgenderFeminine").set(4, "vic_TypeOfExploitation", "Forced begging").bytes();
        }
        Reading reading = HtcdsReader.read(file);
        // POI wrote no cached value: an evaluating reader would see "2"
        assertEquals("0", reading.records().get(0).identity().get("legalName"));
        HtcdsRecord anonymous = reading.records().get(1);
        assertNull(anonymous.identityKey());
        assertEquals(Gender.TRANSGENDER_FEMININE, anonymous.profile().gender());
        assertEquals(HtcdsReader.read(file).records().get(1).matchKey("BD"), anonymous.matchKey("BD"));
        assertTrue(anonymous.matchKey("BD").startsWith("BD|row:"));
        assertEquals(Set.of(), anonymous.consents());
    }

    @Test
    void closedCasesCloseOnTheirOutgoingReferralDate() throws IOException {
        byte[] file;
        try (HtcdsTemplate t = new HtcdsTemplate()) {
            file = t.person(3, "Closed", "Case", LocalDate.of(1985, 3, 3)).set(3, "cas_Status", "Closed Referred")
                    .set(3, "cas_OutgoingReferralDate", LocalDate.of(2022, 1, 31)).bytes();
        }
        assertEquals(LocalDate.of(2022, 1, 31), HtcdsReader.read(file).records().get(0).closedOn());
    }

    @Test
    void refusesFilesThatAreNotTheTemplate() throws IOException {
        assertEquals("file", refusal("not a spreadsheet".getBytes()).field());
        try (XSSFWorkbook other = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Name");
            other.write(out);
            assertTrue(refusal(out.toByteArray()).message().contains("HTCDS v2.0 field names"));
        }
    }

    @Test
    void refusesAZipBombWithoutInflatingIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(out.size() < 1024 * 1024, "the bomb is small on the wire");
        FieldError refusal = refusal(out.toByteArray());
        assertEquals("file", refusal.field());
    }

    private static FieldError refusal(byte[] file) {
        return assertThrows(InvalidInputException.class, () -> HtcdsReader.read(file)).errors().get(0);
    }

    @Test
    void consentPurposesOfTheTemplateAreServicesAndStatistics() {
        assertEquals(EnumSet.of(ConsentPurpose.SERVICES, ConsentPurpose.ANONYMOUS_STATISTICS), HtcdsReader.TEMPLATE_CONSENT);
    }
}
