package org.liberta.training.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.training.internal.domain.Certificate;
import org.liberta.training.internal.domain.Professional;
import org.liberta.training.internal.domain.ProfessionalKeys;
import org.liberta.training.internal.domain.TrainingAttendance;
import org.liberta.training.internal.domain.TrainingRepository;
import org.liberta.training.internal.domain.ProfessionalRepository;
import org.liberta.training.internal.domain.CertificateRepository;
import org.liberta.training.internal.domain.TrainingSession;

/**
 * The one record per professional: found by name or organisation, with their whole training history; likely
 * duplicates offered for merging, and a merge that keeps every attendance and certificate. A trainer sees the
 * professionals who trained in their programmes; anyone else is "not found".
 */
@ApplicationScoped
@Transactional
public class ProfessionalService {

    @Inject
    private TrainingRepository repository;

    @Inject
    private ProfessionalRepository professionals;

    @Inject
    private CertificateRepository certificates;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    public record ProfessionalRow(long id, String name, String organisation, String profession, String country,
            String email, String phone) {

        static ProfessionalRow of(Professional p) {
            return new ProfessionalRow(p.getId(), p.getName(), p.getOrganisation(), p.getProfession().name(),
                    p.getCountry(), p.getEmail(), p.getPhone());
        }
    }

    /** One session in a professional's history. */
    public record HistoryLine(long sessionId, LocalDate date, long courseId, boolean completed, Integer knowledgeGain) {
    }

    public record ProfessionalDetail(ProfessionalRow professional, List<HistoryLine> history, int certificates,
            List<ProfessionalRow> likelyDuplicates) {
    }

    public Page<ProfessionalRow> search(String text, PageRequest page) {
        caller.requireAnyRole(TrainingService.TRAINERS);
        String key = ProfessionalKeys.name(text == null ? "" : text);
        var scope = caller.programmeIds();
        return new Page<>(professionals.professionalsIn(scope, key, page.offset(), page.size()).stream()
                .map(ProfessionalRow::of).toList(), professionals.countProfessionalsIn(scope, key), page.page(), page.size());
    }

    public ProfessionalDetail detail(long id) {
        Professional p = inScope(id);
        List<HistoryLine> history = new ArrayList<>();
        Map<Long, TrainingSession> sessions = new HashMap<>();
        for (TrainingAttendance a : repository.attendanceOfProfessional(id)) {
            TrainingSession s = sessions.computeIfAbsent(a.getSessionId(), k -> repository.session(k).orElseThrow());
            history.add(new HistoryLine(s.getId(), s.getStartsOn(), s.getCourseId(), a.isCompleted(),
                    a.scores().knowledgeGain()));
        }
        List<ProfessionalRow> duplicates = likelyDuplicates(p).stream()
                .filter(d -> professionals.attendedIn(d.getId(), caller.programmeIds())).map(ProfessionalRow::of).toList();
        return new ProfessionalDetail(ProfessionalRow.of(p), history, certificates.certificatesOfProfessional(id).size(),
                duplicates);
    }

    /**
     * Merges the record {@code id} into {@code into}: its attendances and certificates move across (where both
     * attended one session, the attendance kept is the survivor's, completed if either completed, with any score
     * the survivor lacked), its e-mail goes across if the survivor had none, and it points at the survivor.
     */
    public ProfessionalRow merge(long id, Long into) {
        Professional gone = inScope(id);
        if (into == null) {
            throw InvalidInputException.of("into", "is required");
        }
        if (into == id) {
            throw InvalidInputException.of("into", "a record cannot be merged into itself");
        }
        Professional survivor = inScope(into);
        Map<Long, TrainingAttendance> kept = new HashMap<>();
        repository.attendanceOfProfessional(survivor.getId()).forEach(a -> kept.put(a.getSessionId(), a));
        List<Certificate> moving = certificates.certificatesOfProfessional(gone.getId());
        for (TrainingAttendance a : repository.attendanceOfProfessional(gone.getId())) {
            TrainingAttendance same = kept.get(a.getSessionId());
            if (same == null) {
                a.belongsTo(survivor);
                moving.stream().filter(c -> c.getAttendanceId() == a.getId()).forEach(c -> c.belongsTo(a));
                continue;
            }
            if (a.isCompleted()) {
                same.completed(true);
            }
            same.scored(fillGaps(same, a));
            moving.stream().filter(c -> c.getAttendanceId() == a.getId()).forEach(c -> c.belongsTo(same));
            repository.flush(); // certificates point at the kept attendance before the duplicate goes
            repository.remove(a);
        }
        gone.mergeInto(survivor);
        repository.flush();
        audit.record(AuditActions.UPDATE, "training-professional", id, "merged into " + into);
        return ProfessionalRow.of(survivor);
    }

    /** The other attendance's scores where this one has none. */
    private static org.liberta.training.internal.domain.Scores fillGaps(TrainingAttendance keep, TrainingAttendance other) {
        var k = keep.scores();
        var o = other.scores();
        return new org.liberta.training.internal.domain.Scores(k.preKnowledge() == null ? o.preKnowledge() : null,
                k.postKnowledge() == null ? o.postKnowledge() : null, k.preAttitude() == null ? o.preAttitude() : null,
                k.postAttitude() == null ? o.postAttitude() : null, k.preBehaviour() == null ? o.preBehaviour() : null,
                k.postBehaviour() == null ? o.postBehaviour() : null);
    }

    private List<Professional> likelyDuplicates(Professional p) {
        List<Professional> candidates = new ArrayList<>(professionals.professionalsAt(p.getOrganisationKey()));
        candidates.addAll(professionals.professionalsByNames(List.of(p.getNameKey())));
        return candidates.stream().filter(c -> !c.getId().equals(p.getId())).distinct()
                .filter(c -> ProfessionalMatching.likelySame(p, c)).toList();
    }

    private Professional inScope(long id) {
        caller.requireAnyRole(TrainingService.TRAINERS);
        Professional p = professionals.professional(id).filter(x -> x.getMergedInto() == null)
                .orElseThrow(() -> new NotFoundException("professional"));
        if (!professionals.attendedIn(id, caller.programmeIds())) {
            throw new NotFoundException("professional");
        }
        return p;
    }
}
