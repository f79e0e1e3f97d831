package org.liberta.casework.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.casework.api.ConsentPurpose;
import org.liberta.casework.internal.application.HtcdsImportService.PlannedLine;
import org.liberta.casework.internal.application.HtcdsReader.HtcdsRecord;
import org.liberta.casework.internal.domain.CaseworkRepository;
import org.liberta.casework.internal.domain.Survivor;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.imports.ImportLineResult;
import org.liberta.platform.api.vault.IdentityVault;

/** Writes a slice of checked import lines in one transaction (its caller retries a failed slice line by line). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class HtcdsImportWriter {

    /** The vault field holding a survivor's import match key, found again through its blind index. */
    static final String MATCH_FIELD = "importKey";

    @Inject
    private SurvivorService survivors;

    @Inject
    private HtcdsImportService imports;

    @Inject
    private CaseworkRepository repository;

    @Inject
    private IdentityVault vault;

    @Inject
    private AuditLog audit;

    List<ImportLineResult> write(ProgrammeSummary programme, List<PlannedLine> lines) {
        repository.writeAtCommit();
        java.util.Set<String> issuedPseudonyms = new java.util.HashSet<>();
        List<ImportLineResult> results = new ArrayList<>();
        // Match the new ones again: another import may have admitted these people since the preview.
        Map<HtcdsRecord, Survivor> admittedSince = imports.match(programme,
                lines.stream().filter(l -> l.survivorId() == null).map(PlannedLine::record).toList());
        for (PlannedLine line : lines) {
            HtcdsRecord record = line.record();
            Survivor held = line.survivorId() != null ? repository.survivor(line.survivorId()).orElse(null)
                    : admittedSince.get(record);
            if (held == null) {
                Map<String, String> identity = new LinkedHashMap<>(record.identity());
                identity.put(MATCH_FIELD, record.matchKey(programme.code()));
                Survivor created = survivors.admit(programme, record.profile(), identity, record.consents(),
                        record.intakeOn(), "HTCDS import line " + record.line() + ":", issuedPseudonyms);
                if (record.closedOn() != null) {
                    created.close(record.closedOn());
                }
                results.add(ImportLineResult.of(record.line(), ImportLineResult.CREATED, created.getReference()));
            } else {
                boolean changed = update(held, record);
                results.add(ImportLineResult.of(record.line(),
                        changed ? ImportLineResult.UPDATED : ImportLineResult.UNCHANGED, held.getReference()));
            }
        }
        return results;
    }

    /** Brings a held survivor up to date with the line; identity fields the line leaves blank are kept. */
    private boolean update(Survivor held, HtcdsRecord record) {
        boolean changed = record.profile().applyTo(held);
        for (ConsentPurpose purpose : record.consents()) {
            if (!held.hasConsentTo(purpose)) {
                held.giveConsent(purpose, LocalDate.now());
                changed = true;
            }
        }
        if (record.closedOn() != null && held.getStatus() == Survivor.Status.OPEN) {
            held.close(record.closedOn());
            changed = true;
        }
        Map<String, String> given = new LinkedHashMap<>();
        record.identity().forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(field, value);
            }
        });
        vault.seal(SurvivorService.subject(held), given);
        audit.record(AuditActions.UPDATE, "survivor", held.getId(), "HTCDS import line " + record.line()
                + (changed ? ": updated" : ": matched, nothing new"));
        return changed;
    }
}
