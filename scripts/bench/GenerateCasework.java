import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark data for casework, written straight into a migrated Liberta database with JDBC batches (this is
 * load for measuring, not records anyone cares for, so it bypasses the services and the vault).
 * Usage: java -cp mysql-connector-j.jar GenerateCasework.java URL USER PASSWORD SURVIVORS EVENTS [mixed]
 * With "mixed", the events are not all follow-ups: about half the survivors also get a removal, a tenth a
 * repatriation, most a police engagement or two and many two recovery assessments (the headline report's inputs),
 * and follow-ups make up the rest of EVENTS.
 * Ids start far above the application's own, and the id table is moved past them afterwards.
 */
public class GenerateCasework {

    private static final long FIRST_ID = 100_000_000L;
    private static final int BATCH = 5_000;

    public static void main(String[] args) throws Exception {
        String url = args[0] + (args[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        int survivors = Integer.parseInt(args[3]);
        int events = Integer.parseInt(args[4]);
        boolean mixed = args.length > 5 && args[5].equals("mixed");
        Random random = new Random(7);
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(false);
            List<Long> programmes = new ArrayList<>();
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("select id from plt_programme where relationship = 'DIRECT' order by code")) {
                while (rs.next()) {
                    programmes.add(rs.getLong(1));
                }
            }
            long started = System.nanoTime();
            long id = FIRST_ID;
            LocalDate today = LocalDate.now();
            try (PreparedStatement survivor = db.prepareStatement("insert into cw_survivor (id, version, programme_id,"
                    + " reference, pseudonym, gender, birth_year, nationality, intake_on, status, last_contact_on, next_due_on,"
                    + " police_contacted) values (?, 1, ?, ?, ?, 'FEMININE', 1990, 'BD', ?, 'OPEN', ?, ?, ?)");
                    PreparedStatement episode = db.prepareStatement("insert into cw_care_episode (id, version, survivor_id,"
                            + " programme_id, start_on, end_on) values (?, 1, ?, ?, ?, null)")) {
                for (int i = 0; i < survivors; i++) {
                    long programme = programmes.get(i % programmes.size());
                    LocalDate intake = today.minusDays(random.nextInt(2000));
                    survivor.setLong(1, FIRST_ID + i);
                    survivor.setLong(2, programme);
                    survivor.setString(3, "BENCH-" + i);
                    survivor.setString(4, "Bench Person " + i);
                    survivor.setDate(5, Date.valueOf(intake));
                    survivor.setDate(6, Date.valueOf(today.minusDays(random.nextInt(30))));
                    survivor.setDate(7, Date.valueOf(today.plusDays(random.nextInt(60) - 20)));
                    survivor.setBoolean(8, random.nextBoolean());
                    survivor.addBatch();
                    episode.setLong(1, FIRST_ID + survivors + i);
                    episode.setLong(2, FIRST_ID + i);
                    episode.setLong(3, programme);
                    episode.setDate(4, Date.valueOf(intake));
                    episode.addBatch();
                    if (i % BATCH == BATCH - 1) {
                        survivor.executeBatch();
                        episode.executeBatch();
                        db.commit();
                    }
                }
                survivor.executeBatch();
                episode.executeBatch();
                db.commit();
            }
            id = FIRST_ID + 2L * survivors;
            int outcomes = 0;
            if (mixed) {
                long before = id;
                id = outcomes(db, random, survivors, programmes, id);
                outcomes = (int) (id - before);
                events = Math.max(0, events - outcomes);
            }
            // Follow-ups: the first survivor gets 200 (the "200-event timeline"), the rest are spread at random.
            try (PreparedStatement followUp = db.prepareStatement("insert into cw_follow_up (id, version, survivor_id,"
                    + " programme_id, contact_on, contact_mode, note) values (?, 1, ?, ?, ?, ?, null)")) {
                for (int e = 0; e < events; e++) {
                    int who = e < 200 ? 0 : random.nextInt(survivors);
                    followUp.setLong(1, id++);
                    followUp.setLong(2, FIRST_ID + who);
                    followUp.setLong(3, programmes.get(who % programmes.size()));
                    followUp.setDate(4, Date.valueOf(today.minusDays(random.nextInt(2000))));
                    followUp.setString(5, random.nextBoolean() ? "PHONE" : "IN_PERSON");
                    followUp.addBatch();
                    if (e % BATCH == BATCH - 1) {
                        followUp.executeBatch();
                        db.commit();
                    }
                }
                followUp.executeBatch();
                db.commit();
            }
            stateCare(db);
            try (PreparedStatement bump = db.prepareStatement("update plt_id_sequence set seq_value = ? where seq_name = 'liberta'")) {
                bump.setLong(1, id + 1000);
                bump.executeUpdate();
                db.commit();
            }
            System.out.printf("generated %d survivors, %d care episodes, %d follow-ups and %d other events in %.1f s%n",
                    survivors, survivors, events, outcomes, (System.nanoTime() - started) / 1e9);
            System.out.println("timeline survivor id: " + FIRST_ID);
        }
    }

    private static final String[] AREAS = {"SAFETY", "MENTAL_HEALTH", "HOUSING", "FINANCES"};
    private static final String[] LEVELS = {"NONE", "INFORMATION_ON_RECORD", "INTELLIGENCE_PROVIDED", "ABE_INTERVIEW",
            "SUPPORTS_PROSECUTION"};

    /** Removals, repatriations, police engagements and recovery assessments; returns the next free id. */
    private static long outcomes(Connection db, Random random, int survivors, List<Long> programmes, long id)
            throws Exception {
        LocalDate today = LocalDate.now();
        try (PreparedStatement removal = db.prepareStatement("insert into cw_removal (id, version, survivor_id,"
                + " programme_id, removed_on, removed_by) values (?, 1, ?, ?, ?, 'NGO')");
                PreparedStatement repatriation = db.prepareStatement("insert into cw_repatriation (id, version,"
                        + " survivor_id, programme_id, from_country, to_country, arrival_on) values (?, 1, ?, ?, 'IN', 'BD', ?)");
                PreparedStatement police = db.prepareStatement("insert into cw_police_engagement (id, version,"
                        + " survivor_id, programme_id, engaged_on, level_code, level_rank, ladder_rank, superseded_on)"
                        + " values (?, 1, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement assessment = db.prepareStatement("insert into cw_recovery_assessment (id, version,"
                        + " survivor_id, programme_id, assessed_on, assessment_number, superseded_on, areas_improved)"
                        + " values (?, 1, ?, ?, ?, ?, ?, ?)");
                PreparedStatement score = db.prepareStatement("insert into cw_recovery_score (assessment_id, area, score)"
                        + " values (?, ?, ?)")) {
            for (int i = 0; i < survivors; i++) {
                long survivor = FIRST_ID + i;
                long programme = programmes.get(i % programmes.size());
                LocalDate day = today.minusDays(random.nextInt(2000));
                if (random.nextInt(2) == 0) {
                    fill(removal, id++, survivor, programme, day).addBatch();
                }
                if (random.nextInt(10) == 0) {
                    fill(repatriation, id++, survivor, programme, day.plusDays(random.nextInt(60))).addBatch();
                }
                // Up to two engagements, stated as the application restates them (PoliceEngagement#restateLadder).
                int engagements = random.nextInt(3);
                LocalDate[] days = new LocalDate[engagements];
                for (int k = 0; k < engagements; k++) {
                    days[k] = day.plusDays(random.nextInt(300));
                }
                java.util.Arrays.sort(days);
                int highest = 0;
                for (int k = 0; k < engagements; k++) {
                    int rank = random.nextInt(LEVELS.length);
                    highest = Math.max(highest, rank);
                    fill(police, id++, survivor, programme, days[k]);
                    police.setString(5, LEVELS[rank]);
                    police.setInt(6, rank);
                    police.setInt(7, highest);
                    police.setDate(8, k + 1 < engagements ? Date.valueOf(days[k + 1]) : null);
                    police.addBatch();
                }
                if (random.nextInt(5) < 2) {
                    // Two assessments, 90 days apart at most, stated as the application restates them
                    // (RecoveryAssessment#restateHistory): number, the day the first was superseded, improvement.
                    LocalDate firstOn = day.plusDays(random.nextInt(90));
                    LocalDate secondOn = day.plusDays(90L + random.nextInt(90));
                    int[][] scores = new int[2][AREAS.length];
                    int improved = 0;
                    for (int a = 0; a < AREAS.length; a++) {
                        scores[0][a] = 1 + random.nextInt(5);
                        scores[1][a] = 1 + random.nextInt(5);
                        improved += scores[1][a] > scores[0][a] ? 1 : 0;
                    }
                    for (int k = 0; k < 2; k++) {
                        long assessed = id++;
                        fill(assessment, assessed, survivor, programme, k == 0 ? firstOn : secondOn);
                        assessment.setInt(5, k + 1);
                        assessment.setDate(6, k == 0 ? Date.valueOf(secondOn) : null);
                        assessment.setInt(7, k == 1 ? improved : 0);
                        assessment.addBatch();
                        for (int a = 0; a < AREAS.length; a++) {
                            score.setLong(1, assessed);
                            score.setString(2, AREAS[a]);
                            score.setInt(3, scores[k][a]);
                            score.addBatch();
                        }
                    }
                }
                if (i % BATCH == BATCH - 1) {
                    for (PreparedStatement s : List.of(removal, repatriation, police, assessment, score)) {
                        s.executeBatch();
                    }
                    db.commit();
                }
            }
            for (PreparedStatement s : List.of(removal, repatriation, police, assessment, score)) {
                s.executeBatch();
            }
            db.commit();
        }
        return id;
    }

    /**
     * States every survivor's care segments (cw_care_state) as the application would, by running the statement the
     * V9 migration states existing care with: one definition, and the migration's statement exercised at scale.
     */
    private static void stateCare(Connection db) throws Exception {
        String migration = java.nio.file.Files.readString(
                java.nio.file.Path.of("modules/casework/src/main/resources/db/casework/V9__care_state.sql"));
        String statement = java.util.Arrays.stream(migration.replaceAll("(?m)^--.*$", "").split(";"))
                .map(String::strip).filter(sql -> sql.startsWith("INSERT INTO cw_care_state")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no INSERT INTO cw_care_state in V9__care_state.sql"));
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM cw_care_state");
            s.executeUpdate(statement);
        }
        db.commit();
    }

    private static PreparedStatement fill(PreparedStatement s, long id, long survivor, long programme, LocalDate on)
            throws Exception {
        s.setLong(1, id);
        s.setLong(2, survivor);
        s.setLong(3, programme);
        s.setDate(4, Date.valueOf(on));
        return s;
    }
}
