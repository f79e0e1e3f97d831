package org.liberta.casework.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.liberta.casework.api.ControlMethod;
import org.liberta.casework.api.ExploitationType;
import org.liberta.casework.api.Gender;

class HtcdsVocabularyTest {

    @Test
    void readsTemplateLabelsStandardNamesAndOurCodes() {
        assertEquals(Optional.of(Gender.TRANSGENDER_MASCULINE), HtcdsVocabulary.gender("Transgender Masculine"));
        assertEquals(Optional.of(Gender.NOT_SPECIFIED), HtcdsVocabulary.gender("NonSpecifiedUnknown"));
        assertEquals(Optional.of(ControlMethod.DEBT_BONDAGE), HtcdsVocabulary.find(HtcdsVocabulary.CONTROL, "Debt bondage "));
        assertEquals(Optional.of(ControlMethod.DEBT_BONDAGE), HtcdsVocabulary.find(HtcdsVocabulary.CONTROL, "DEBT_BONDAGE"));
        assertTrue(HtcdsVocabulary.find(HtcdsVocabulary.CONTROL, "Juggling").isEmpty());
    }

    @Test
    void otherReadsBackAsOtherThoughOurExtraTypesExportAsOther() {
        assertEquals("Other", HtcdsVocabulary.EXPLOITATION.get(ExploitationType.FORCED_CRIMINALITY));
        assertEquals(Optional.of(ExploitationType.OTHER), HtcdsVocabulary.find(HtcdsVocabulary.EXPLOITATION, "Other"));
        assertEquals(Optional.of(ExploitationType.FORCED_CRIMINALITY),
                HtcdsVocabulary.find(HtcdsVocabulary.EXPLOITATION, "forced criminality"));
    }

    @Test
    void countriesByCodeOrEnglishName() {
        assertEquals(Optional.of("BD"), HtcdsVocabulary.country("Bangladesh"));
        assertEquals(Optional.of("RO"), HtcdsVocabulary.country("ro"));
        assertTrue(HtcdsVocabulary.country("Atlantis").isEmpty());
    }
}
