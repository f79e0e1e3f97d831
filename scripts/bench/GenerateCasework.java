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
 * Usage: java -cp mysql-connector-j.jar GenerateCasework.java URL USER PASSWORD SURVIVORS EVENTS
 * Ids start far above the application's own, and the id table is moved past them afterwards.
 */
public class GenerateCasework {

    private static final long FIRST_ID = 100_000_000L;
    private static final int BATCH = 5_000;

    public static void main(String[] args) throws Exception {
        String url = args[0] + (args[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        int survivors = Integer.parseInt(args[3]);
        int events = Integer.parseInt(args[4]);
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
            try (PreparedStatement bump = db.prepareStatement("update plt_id_sequence set seq_value = ? where seq_name = 'liberta'")) {
                bump.setLong(1, id + 1000);
                bump.executeUpdate();
                db.commit();
            }
            System.out.printf("generated %d survivors, %d care episodes, %d follow-ups in %.1f s%n", survivors, survivors,
                    events, (System.nanoTime() - started) / 1e9);
            System.out.println("timeline survivor id: " + FIRST_ID);
        }
    }
}
