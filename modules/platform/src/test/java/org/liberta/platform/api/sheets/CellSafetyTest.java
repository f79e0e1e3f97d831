package org.liberta.platform.api.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CellSafetyTest {

    @Test
    void neutralisesEveryFormulaTrigger() {
        assertEquals("'=cmd|' /C calc'!A0", CellSafety.neutralise("=cmd|' /C calc'!A0"));
        assertEquals("'+1", CellSafety.neutralise("+1"));
        assertEquals("'-2+3", CellSafety.neutralise("-2+3"));
        assertEquals("'@SUM(A1)", CellSafety.neutralise("@SUM(A1)"));
        assertEquals("'\tx", CellSafety.neutralise("\tx"));
        assertEquals("'\rx", CellSafety.neutralise("\rx"));
        assertEquals("Amina", CellSafety.neutralise("Amina"));
        assertEquals("", CellSafety.neutralise(""));
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndNeutralisesText() {
        String csv = new CsvWriter().row("a,b", "say \"hi\"", "=1+1", 42, null).toString();
        assertEquals("\uFEFF\"a,b\",\"say \"\"hi\"\"\",\"'=1+1\",42,\r\n", csv);
    }
}
