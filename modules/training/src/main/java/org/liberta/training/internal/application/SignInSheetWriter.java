package org.liberta.training.internal.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.imports.ImportLineResult;
import org.liberta.platform.api.imports.SliceWriting;
import org.liberta.training.internal.domain.Course;
import org.liberta.training.internal.domain.TrainingRepository;
import org.liberta.training.internal.domain.TrainingSession;

/**
 * Writes a slice of a sign-in sheet in its own transaction, through the one recorder every attendee goes through.
 * A line with an invalid field is rejected and writes nothing; a person on two lines of the sheet is rejected the
 * second time; a person already on the session is brought up to date or left alone, so the same sheet sent again
 * changes nothing. {@link #preview} runs the very same code and rolls back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInSheetWriter {

    /** The sheet's column for each attendee field, so a rejection names what the trainer sees. */
    private static final Map<String, String> COLUMN_OF = Map.of("preScore", "pre_score", "postScore", "post_score",
            "preAttitude", "pre_attitude", "postAttitude", "post_attitude", "preBehaviour", "pre_behaviour",
            "postBehaviour", "post_behaviour");

    @Inject
    private TrainingRepository repository;

    @Inject
    private AttendeeRecorder recorder;

    @Inject
    private TrainingService training;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transaction;

    List<ImportLineResult> write(long sessionId, List<SignInSheet.Line> lines, Map<String, Integer> seen) {
        TrainingSession session = repository.session(sessionId).orElseThrow();
        Course course = repository.course(session.getCourseId()).orElseThrow();
        String country = training.countryOf(session.getProgrammeId());
        List<ImportLineResult> results = new ArrayList<>();
        List<SignInSheet.Line> valid = new ArrayList<>();
        Map<SignInSheet.Line, AttendeeRecorder.Checked> checked = new HashMap<>();
        for (SignInSheet.Line line : lines) {
            List<FieldError> errors = new ArrayList<>();
            AttendeeRecorder.Checked c = recorder.check(line.attendee(), course, errors);
            if (errors.isEmpty()) {
                Integer first = seen.putIfAbsent(c.emailKey() != null ? c.emailKey() : c.personKey(), line.line());
                if (first != null && first != line.line()) {
                    errors.add(new FieldError("name", c.name() + " is already on line " + first + " of this sheet"));
                }
            }
            if (errors.isEmpty()) {
                valid.add(line);
                checked.put(line, c);
            } else {
                results.add(ImportLineResult.rejected(line.line(), errors.stream()
                        .map(e -> new FieldError(COLUMN_OF.getOrDefault(e.field(), e.field()), e.message())).toList()));
            }
        }
        AttendeeRecorder.Lookup lookup = recorder.lookup(session, checked.values());
        for (SignInSheet.Line line : valid) {
            AttendeeRecorder.Recorded r = recorder.record(lookup, checked.get(line), country);
            results.add(ImportLineResult.of(line.line(), r.outcome(), r.professional().getName()));
        }
        repository.flush();
        return results;
    }

    /** What {@link #write} would do with the whole sheet; the transaction is rolled back. */
    List<ImportLineResult> preview(long sessionId, List<SignInSheet.Line> lines) {
        Map<String, Integer> seen = new HashMap<>();
        List<ImportLineResult> results = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += SliceWriting.SLICE) {
            results.addAll(write(sessionId, lines.subList(from, Math.min(lines.size(), from + SliceWriting.SLICE)), seen));
        }
        transaction.setRollbackOnly();
        return results;
    }
}
