import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A lawyer's spreadsheet of cases and hearings as CSV for the import benchmark: LINES lines, four per case
 * (three past hearings, held or adjourned, and one to come).
 * Usage: java GenerateCourtCsv.java FILE LINES
 */
public class GenerateCourtCsv {

    public static void main(String[] args) throws Exception {
        int lines = Integer.parseInt(args[1]);
        LocalDate today = LocalDate.now();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            out.print("programme,court,district,caseNumber,filedOn,stage,offences,hearingAt,purpose,outcome,"
                    + "adjournmentReason,witnessRole\r\n");
            for (int i = 0; i < lines; i++) {
                int kase = i / 4;
                int hearing = i % 4;
                LocalDate filed = today.minusDays(400 + kase % 1000);
                LocalDate day = hearing < 3 ? filed.plusDays(60L * (hearing + 1)) : today.plusDays(7 + kase % 50);
                String outcome = hearing == 3 ? "" : hearing == 2 ? "HELD" : "ADJOURNED";
                out.printf("BD,\"Import Tribunal %d, Jessore\",Jessore,IMPORT/%d,%s,PROSECUTION_WITNESSES,"
                        + "PSHTA 2012 s.6,%s 10:30,WITNESS_EXAMINATION,%s,%s,%s\r\n", kase % 20, kase, filed, day, outcome,
                        outcome.equals("ADJOURNED") ? "WITNESS_ABSENT" : "", outcome.equals("ADJOURNED") ? "VICTIM" : "");
            }
        }
    }
}
