package org.liberta.casework.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.liberta.casework.api.Gender;
import org.liberta.casework.internal.application.PreventionService.ParticipantRecord;
import org.liberta.platform.api.InvalidInputException;

class PreventionViewTest {

    @Test
    void readsOneParticipantPerLineAsPastedFromASpreadsheet() {
        List<ParticipantRecord> parsed = PreventionView.parse("BD-P-0001, F, 2008\n\nBD-P-0002\tM\t2007\r\nBD-P-0003");
        assertEquals(3, parsed.size());
        assertEquals(new ParticipantRecord("BD-P-0001", Gender.FEMININE, 2008), parsed.get(0));
        assertEquals(Gender.MASCULINE, parsed.get(1).gender());
        assertEquals(Gender.NOT_SPECIFIED, parsed.get(2).gender());
        assertNull(parsed.get(2).birthYear());
    }

    @Test
    void namesEveryBadLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PreventionView.parse("A, F, 2008\nB, Q, 2008\nC, M, twenty"));
        assertEquals(List.of("participants line 2", "participants line 3"),
                e.errors().stream().map(f -> f.field()).toList());
    }
}
