package org.liberta.courts.internal.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.casework.api.SurvivorId;
import org.liberta.courts.api.CaseId;
import org.liberta.courts.api.CaseWitness;
import org.liberta.courts.api.CourtRecords;
import org.liberta.courts.api.HearingId;
import org.liberta.courts.api.HearingInfo;
import org.liberta.courts.api.WitnessId;
import org.liberta.courts.internal.domain.CaseWitnessRepository;
import org.liberta.courts.internal.domain.Court;
import org.liberta.courts.internal.domain.CourtCase;
import org.liberta.courts.internal.domain.CourtsRepository;
import org.liberta.courts.internal.domain.Hearing;
import org.liberta.courts.internal.domain.HearingRepository;
import org.liberta.courts.internal.domain.Witness;
import org.liberta.courts.internal.figures.CourtFigureQueries;

/** {@link CourtRecords} for the witness programme: batch reads, one query per kind of record. */
@ApplicationScoped
@Transactional
public class CourtRecordsReader implements CourtRecords {

    @Inject
    private CourtsRepository repository;

    @Inject
    private CaseWitnessRepository witnesses;

    @Inject
    private HearingRepository hearings;

    @Inject
    private CourtFigureQueries figures;

    @Inject
    private CourtZones zones;

    @Override
    public Optional<HearingInfo> hearing(HearingId hearingId) {
        return Optional.ofNullable(hearings(List.of(hearingId)).get(hearingId));
    }

    @Override
    public Map<HearingId, HearingInfo> hearings(Collection<HearingId> hearingIds) {
        return infos(hearings.hearingsByIds(hearingIds.stream().map(HearingId::value).toList()));
    }

    @Override
    public List<HearingInfo> upcomingHearings(CaseId caseId) {
        Map<HearingId, HearingInfo> infos = infos(hearings.openHearingsFrom(caseId.value(), LocalDate.now().atStartOfDay()));
        return infos.values().stream().sorted(Comparator.comparing(HearingInfo::scheduledAt)).toList();
    }

    @Override
    public List<HearingInfo> pastHearings(CaseId caseId) {
        Map<HearingId, HearingInfo> infos = infos(hearings.hearingsOf(caseId.value()).stream().filter(h -> h.getOutcome() != null)
                .toList());
        return infos.values().stream().sorted(Comparator.comparing(HearingInfo::scheduledAt)).toList();
    }

    private Map<HearingId, HearingInfo> infos(List<Hearing> hearings) {
        Set<Long> caseIds = hearings.stream().map(Hearing::getCaseId).collect(Collectors.toSet());
        Map<Long, CourtCase> cases = repository.casesByIds(caseIds).stream()
                .collect(Collectors.toMap(CourtCase::getId, Function.identity()));
        Set<Long> courtIds = new HashSet<>();
        cases.values().forEach(c -> courtIds.add(c.getCourtId()));
        Map<Long, Court> courts = repository.courtsByIds(courtIds).stream()
                .collect(Collectors.toMap(Court::getId, Function.identity()));
        Map<HearingId, HearingInfo> infos = new HashMap<>();
        CourtZones.Memo memo = zones.memo();
        for (Hearing h : hearings) {
            CourtCase c = cases.get(h.getCaseId());
            Court court = courts.get(c.getCourtId());
            infos.put(HearingId.of(h.getId()), new HearingInfo(HearingId.of(h.getId()), CaseId.of(c.getId()), c.getProgrammeId(), c.getCaseNumber(),
                    court == null ? null : court.getName(), c.getDistrict(),
                    memo.withOffset(h.getScheduledAt(), c.getProgrammeId()),
                    h.getOutcome() == null ? null : h.getOutcome().name()));
        }
        return infos;
    }

    @Override
    public List<CaseWitness> witnessesOf(CaseId caseId) {
        return witnesses.witnessesOf(caseId.value()).stream().map(CourtRecordsReader::view).toList();
    }

    @Override
    public Optional<CaseWitness> witness(WitnessId witnessId) {
        return Optional.ofNullable(witnesses(List.of(witnessId)).get(witnessId));
    }

    @Override
    public Map<WitnessId, CaseWitness> witnesses(Collection<WitnessId> witnessIds) {
        return witnesses.witnessesByIds(witnessIds.stream().map(WitnessId::value).toList()).stream()
                .map(CourtRecordsReader::view).collect(Collectors.toMap(CaseWitness::id, Function.identity()));
    }

    static CaseWitness view(Witness w) {
        return new CaseWitness(WitnessId.of(w.getId()), CaseId.of(w.getCaseId()), w.getProgrammeId(), w.getRole(),
                w.getSurvivorId() == null ? null : SurvivorId.of(w.getSurvivorId()), w.getLabel(),
                w.getNeeds(), w.hasPhone(), w.hasEmail(), w.getEscortGender());
    }

    @Override
    public List<org.liberta.courts.api.CourtMonth> hearingsByCourtAndMonth(Collection<Long> programmeIds, LocalDate from,
            LocalDate to) {
        return programmeIds.isEmpty() ? List.of() : figures.hearingsByCourtAndMonth(programmeIds, from, to);
    }
}
