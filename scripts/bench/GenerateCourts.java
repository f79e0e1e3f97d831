import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark data for court case tracking, written straight into a migrated Liberta database with JDBC batches
 * (load for measuring, not records anyone works on, so it bypasses the services). Reused by later benchmarks
 * that need a large court caseload (witness attendance, reporting).
 * Usage:
 *   java -cp mysql-connector-j.jar GenerateCourts.java URL USER PASSWORD cases CASES ACCUSED HEARINGS
 *   java -cp mysql-connector-j.jar GenerateCourts.java URL USER PASSWORD hearings MORE_HEARINGS
 * The first makes cases (80% Bangladesh, 20% UK, 85% pending), their accused and hearings; the second adds
 * hearings to the cases already generated, so the same caseload can be measured at two hearing volumes.
 * Ids start far above the application's own, and the id table is moved past them afterwards.
 */
public class GenerateCourts {

    private static final long FIRST_ID = 200_000_000L;
    private static final int BATCH = 5_000;
    private static final int COURTS = 64;
    private static final String[] SOUTH_ASIA = {"FIR", "INVESTIGATION", "CHARGE_SHEET", "CHARGE_FRAMING",
            "PROSECUTION_WITNESSES", "DEFENCE", "ARGUMENTS", "JUDGMENT"};
    private static final String[] UK = {"POLICE_REFERRAL", "FIRST_HEARING", "PLEA_AND_TRIAL_PREPARATION", "TRIAL"};
    private static final String[] REASONS = {"WITNESS_ABSENT", "WITNESS_ABSENT", "WITNESS_ABSENT", "PROSECUTOR_ABSENT",
            "DEFENCE_TIME_PETITION", "ACCUSED_NOT_PRODUCED", "DOCKET_NOT_PRODUCED", "JUDGE_UNAVAILABLE", "COURT_CLOSED"};
    private static final String[] WITNESSES = {"VICTIM", "POLICE", "DOCTOR", "OTHER"};

    public static void main(String[] args) throws Exception {
        String url = args[0] + (args[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        Random random = new Random(11);
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(false);
            long started = System.nanoTime();
            if (args[3].equals("cases")) {
                long next = cases(db, random, Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]));
                bump(db, next);
            } else {
                long next = moreHearings(db, random, Integer.parseInt(args[4]));
                bump(db, next);
            }
            System.out.printf("generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

    private static long programme(Connection db, String code) throws Exception {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select id from plt_programme where code = '" + code + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long cases(Connection db, Random random, int cases, int accused, int hearings) throws Exception {
        long bd = programme(db, "BD");
        long uk = programme(db, "UK");
        LocalDate today = LocalDate.now();
        long id = FIRST_ID;
        try (PreparedStatement court = db.prepareStatement(
                "insert into crt_court (id, version, name, name_key, district) values (?, 1, ?, ?, ?)")) {
            for (int c = 0; c < COURTS; c++) {
                court.setLong(1, id + c);
                court.setString(2, "Bench Tribunal " + c);
                court.setString(3, "bench tribunal " + c);
                court.setString(4, "District " + (c % 16));
                court.addBatch();
            }
            court.executeBatch();
            db.commit();
        }
        long firstCourt = id;
        long firstCase = id + COURTS;
        try (PreparedStatement kase = db.prepareStatement("insert into crt_case (id, version, programme_id, case_number,"
                + " court_id, district, filed_on, stage, stage_since, status, disposed_on, disposal, support_start,"
                + " support_end, next_hearing_at, last_adjournment_reason, accused_count, disposition_days, trial_started_on)"
                + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?)");
                PreparedStatement stage = db.prepareStatement("insert into crt_stage_change (id, version, case_id, stage,"
                        + " changed_on, decision, reason) values (?, 1, ?, ?, ?, null, null)")) {
            for (int i = 0; i < cases; i++) {
                boolean bangladesh = i % 5 != 0;
                String[] stages = bangladesh ? SOUTH_ASIA : UK;
                LocalDate filed = today.minusDays(30 + random.nextInt(12 * 365));
                boolean pending = random.nextInt(100) < 85;
                long caseId = firstCase + i;
                int c = random.nextInt(COURTS);
                kase.setLong(1, caseId);
                kase.setLong(2, bangladesh ? bd : uk);
                kase.setString(3, "BENCH/" + i);
                kase.setLong(4, firstCourt + c);
                kase.setString(5, "District " + (c % 16));
                kase.setDate(6, Date.valueOf(filed));
                String at = stages[random.nextInt(stages.length)];
                kase.setString(7, at);
                kase.setDate(8, Date.valueOf(filed));
                kase.setString(9, pending ? "PENDING" : "DISPOSED");
                LocalDate disposed = pending ? null : filed.plusDays(random.nextInt((int) (today.toEpochDay() - filed.toEpochDay()) + 1));
                kase.setDate(10, disposed == null ? null : Date.valueOf(disposed));
                kase.setString(11, pending ? null : "VERDICT");
                kase.setDate(12, Date.valueOf(filed));
                kase.setTimestamp(13, pending ? Timestamp.valueOf(today.plusDays(random.nextInt(90)).atTime(10, 0)) : null);
                kase.setString(14, REASONS[random.nextInt(REASONS.length)]);
                kase.setInt(15, accused / cases);
                if (disposed == null) {
                    kase.setNull(16, java.sql.Types.INTEGER);
                } else {
                    kase.setInt(16, (int) (disposed.toEpochDay() - filed.toEpochDay()));
                }
                boolean trial = java.util.Set.of("CHARGE_FRAMING", "PROSECUTION_WITNESSES", "DEFENCE", "ARGUMENTS",
                        "JUDGMENT", "TRIAL").contains(at);
                kase.setDate(17, trial ? Date.valueOf(filed) : null);
                kase.addBatch();
                stage.setLong(1, firstCase + cases + i);
                stage.setLong(2, caseId);
                stage.setString(3, at);
                stage.setDate(4, Date.valueOf(filed));
                stage.addBatch();
                if (i % BATCH == BATCH - 1) {
                    kase.executeBatch();
                    stage.executeBatch();
                    db.commit();
                }
            }
            kase.executeBatch();
            stage.executeBatch();
            db.commit();
        }
        id = firstCase + 2L * cases;
        try (PreparedStatement a = db.prepareStatement("insert into crt_accused (id, version, case_id, programme_id, alias,"
                + " arrested_on, custody, verdict, verdict_on) values (?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < accused; i++) {
                int kase = i % cases;
                a.setLong(1, id++);
                a.setLong(2, firstCase + kase);
                a.setLong(3, kase % 5 != 0 ? bd : uk);
                a.setString(4, "Accused " + i);
                boolean arrested = random.nextInt(10) < 7;
                a.setDate(5, arrested ? Date.valueOf(today.minusDays(random.nextInt(12 * 365))) : null);
                a.setString(6, arrested ? "IN_CUSTODY" : "AT_LARGE");
                boolean verdict = random.nextInt(100) < 15;
                a.setString(7, verdict ? (random.nextInt(3) == 0 ? "CONVICTED" : "ACQUITTED") : null);
                a.setDate(8, verdict ? Date.valueOf(today.minusDays(random.nextInt(5 * 365))) : null);
                a.addBatch();
                if (i % BATCH == BATCH - 1) {
                    a.executeBatch();
                    db.commit();
                }
            }
            a.executeBatch();
            db.commit();
        }
        System.out.printf("%d courts, %d cases, %d accused%n", COURTS, cases, accused);
        return hearings(db, random, id, firstCase, cases, hearings, bd, uk);
    }

    private static long moreHearings(Connection db, Random random, int hearings) throws Exception {
        long firstCase;
        int cases;
        long next;
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select min(id), count(*) from crt_case where case_number like 'BENCH/%'")) {
            rs.next();
            firstCase = rs.getLong(1);
            cases = rs.getInt(2);
        }
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select max(id) from crt_hearing")) {
            rs.next();
            next = Math.max(rs.getLong(1) + 1, FIRST_ID);
        }
        return hearings(db, random, next, firstCase, cases, hearings, programme(db, "BD"), programme(db, "UK"));
    }

    private static long hearings(Connection db, Random random, long id, long firstCase, int cases, int hearings,
            long bd, long uk) throws Exception {
        LocalDate today = LocalDate.now();
        try (PreparedStatement h = db.prepareStatement("insert into crt_hearing (id, version, case_id, programme_id,"
                + " scheduled_at, purpose, outcome, adjournment_reason, absent_witness) values (?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < hearings; i++) {
                int kase = random.nextInt(cases);
                LocalDate day = today.minusDays(random.nextInt(10 * 365) - 60);
                boolean past = day.isBefore(today);
                boolean adjourned = past && random.nextInt(10) < 6;
                String reason = adjourned ? REASONS[random.nextInt(REASONS.length)] : null;
                h.setLong(1, id++);
                h.setLong(2, firstCase + kase);
                h.setLong(3, kase % 5 != 0 ? bd : uk);
                h.setTimestamp(4, Timestamp.valueOf(day.atTime(10, 0)));
                h.setString(5, "WITNESS_EXAMINATION");
                h.setString(6, !past ? null : adjourned ? "ADJOURNED" : "HELD");
                h.setString(7, reason);
                h.setString(8, "WITNESS_ABSENT".equals(reason) ? WITNESSES[random.nextInt(WITNESSES.length)] : null);
                h.addBatch();
                if (i % BATCH == BATCH - 1) {
                    h.executeBatch();
                    db.commit();
                }
            }
            h.executeBatch();
            db.commit();
        }
        System.out.printf("%d hearings added%n", hearings);
        return id;
    }

    private static void bump(Connection db, long next) throws Exception {
        try (PreparedStatement bump = db.prepareStatement(
                "update plt_id_sequence set seq_value = greatest(seq_value, ?) where seq_name = 'liberta'")) {
            bump.setLong(1, next + 1000);
            bump.executeUpdate();
            db.commit();
        }
    }
}
