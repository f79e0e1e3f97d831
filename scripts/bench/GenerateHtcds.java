import java.io.FileOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an HTCDS v2.0 workbook (field names in row 1, labels in row 2, cases from row 3) with N invented
 * people, for timing imports. Usage: java -cp 'WEB-INF/lib/*' GenerateHtcds.java out.xlsx 5000
 */
public class GenerateHtcds {

    private static final List<String> FIELDS = List.of("prs_FirstName", "prs_SecondName", "con_Consent", "prs_Birthdate",
            "prs_Gender", "prs_Citizenship", "prs_MobilePhone", "vic_MethodOfRecruitment", "vic_MethodsOfControl",
            "vic_TypeOfExploitation", "cas_Status", "cas_IncomingReferralDate");
    private static final List<String> LABELS = List.of("First Name", "Second Name", "Consent", "Birthdate", "Gender",
            "Citizenship", "Mobile Phone", "Method of Recruitment", "Methods of Control", "Type of Exploitation",
            "Status", "Incoming Referral Date");

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[1]);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); OutputStream out = new FileOutputStream(args[0])) {
            Sheet sheet = workbook.createSheet("Case Sheet");
            Row names = sheet.createRow(0);
            Row labels = sheet.createRow(1);
            for (int c = 0; c < FIELDS.size(); c++) {
                names.createCell(c + 1).setCellValue(FIELDS.get(c));
                labels.createCell(c + 1).setCellValue(LABELS.get(c));
            }
            String[] genders = {"Feminine", "Masculine"};
            String[] types = {"Sexual exploitation", "Forced labour", "Forced marriage;Servitude"};
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 2);
                row.createCell(0).setCellValue(i + 1);
                String[] values = {"Bench" + i, "Person", "Yes",
                        LocalDate.of(1970 + i % 35, 1 + i % 12, 1 + i % 28).toString(), genders[i % 2], "BD",
                        "+880 1700 " + String.format("%06d", i), "Through friends or social events",
                        "Debt bondage;Withholds documents", types[i % 3], "Active", "2021-05-01"};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c + 1).setCellValue(values[c]);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        System.out.println("wrote " + rows + " HTCDS rows to " + args[0]);
    }
}
