package org.liberta.courts.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liberta.courts.api.AdjournmentReason;
import org.liberta.courts.api.HearingPurpose;
import org.liberta.courts.api.WitnessRole;
import org.liberta.courts.internal.domain.Hearing;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Relationship;
import org.liberta.platform.api.imports.ImportLineResult;

class CourtCaseCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Map<String, ProgrammeSummary> MINE = Map.of("BD",
            new ProgrammeSummary(3, "BD", "Bangladesh", "BD", Relationship.DIRECT));
    private static final String HEADER = "programme,court,caseNumber,filedOn,stage,hearingAt,purpose,outcome,"
            + "adjournmentReason,witnessRole,reasonText,offences\n";

    private static CourtCaseCsv.Reading read(String lines) {
        return CourtCaseCsv.read((HEADER + lines).getBytes(StandardCharsets.UTF_8), MINE, TODAY);
    }

    private static List<String> fields(ImportLineResult rejected) {
        return rejected.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aLineIsACaseWithOneHearingAndWhatHappenedAtIt() {
        CourtCaseCsv.CaseLine line = read("bd,Tribunal 1,Tr. 5/2020,15/03/2020,,2021-06-10 9:30,witness examination,"
                + "adjourned,WITNESS_ABSENT,police,,PSHTA 2012 s.6 | PSHTA 2012 s.7\n").lines().get(0);
        assertEquals("BD", line.programme());
        assertEquals(LocalDate.of(2020, 3, 15), line.filedOn(), "dates may be written day first");
        assertEquals(LocalDateTime.of(2021, 6, 10, 9, 30), line.hearingAt());
        assertEquals(HearingPurpose.WITNESS_EXAMINATION, line.purpose(), "codes may be written as words");
        assertEquals(Hearing.Outcome.ADJOURNED, line.outcome());
        assertEquals(AdjournmentReason.WITNESS_ABSENT, line.adjournmentReason());
        assertEquals(WitnessRole.POLICE, line.witnessRole());
        assertEquals(List.of("PSHTA 2012 s.6", "PSHTA 2012 s.7"), line.offences());
        assertEquals("tribunal 1|Tr. 5/2020", line.caseKey());
    }

    @Test
    void aHearingWithoutATimeSitsAtTenAndWithoutAPurposeIsAMention() {
        CourtCaseCsv.CaseLine line = read("BD,Tribunal 1,7,2020-01-01,,2020-02-03,,,,,,\n").lines().get(0);
        assertEquals(LocalDateTime.of(2020, 2, 3, 10, 0), line.hearingAt());
        assertEquals(HearingPurpose.MENTION, line.purpose());
        assertNull(line.outcome());
    }

    @Test
    void everyProblemOfALineIsNamedByItsColumn() {
        CourtCaseCsv.Reading reading = read(String.join("\n",
                "UK,Tribunal 1,1,2020-01-01,,,,,,,,",
                ",,,,,,,,,,,x",
                "BD,Tribunal 1,2,2027-01-01,,,,,,,,",
                "BD,Tribunal 1,3,2020-01-01,TRIAL,2019-12-31,,,,,,",
                "BD,Tribunal 1,4,2020-01-01,,2020-02-01,,ADJOURNED,,,,",
                "BD,Tribunal 1,5,2020-01-01,,2020-02-01,,ADJOURNED,WITNESS_ABSENT,,,",
                "BD,Tribunal 1,6,2020-01-01,,2020-02-01,,ADJOURNED,OTHER,,,",
                "BD,Tribunal 1,7,2020-01-01,,2026-12-01,,HELD,,,,",
                "BD,Tribunal 1,8,2020-01-01,,2020-02-01,,HELD,JUDGE_UNAVAILABLE,,,",
                "BD,Tribunal 1,9,2020-01-01,,31/02/2020,NOT_A_PURPOSE,,,,,") + "\n");
        assertEquals(0, reading.lines().size());
        List<ImportLineResult> r = reading.rejected();
        assertEquals(List.of("programme"), fields(r.get(0)), "a programme outside the caller's is unknown");
        assertEquals(List.of("programme", "court", "caseNumber", "filedOn"), fields(r.get(1)));
        assertEquals(List.of("filedOn"), fields(r.get(2)));
        assertEquals(List.of("stage", "hearingAt"), fields(r.get(3)), "TRIAL is a UK stage; a hearing before filing");
        assertEquals(List.of("adjournmentReason"), fields(r.get(4)));
        assertEquals(List.of("witnessRole"), fields(r.get(5)));
        assertEquals(List.of("reasonText"), fields(r.get(6)));
        assertEquals(List.of("outcome"), fields(r.get(7)), "an outcome for a hearing still to come");
        assertEquals(List.of("outcome"), fields(r.get(8)), "a reason for a hearing that went ahead");
        assertEquals(List.of("hearingAt", "purpose"), fields(r.get(9)));
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11), r.stream().map(ImportLineResult::line).toList());
    }
}
