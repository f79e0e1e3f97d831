import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;

/**
 * Benchmark data for training records, written straight into a migrated Liberta database with JDBC batches: PEOPLE
 * professionals (UK and Bangladesh police, prosecutors, social workers…) and ATTENDANCES attendances in sessions of
 * 25 over the last five years, with pre/post scores; 95% completed. Prints the id of an empty session for the
 * sign-in sheet benchmark and writes SHEET: a 500-line sheet where half the people are already known (by name and
 * organisation or by e-mail) and half are new.
 * Usage: java -cp mysql-connector-j.jar GenerateTraining.java URL USER PASSWORD PEOPLE ATTENDANCES SHEET
 */
public class GenerateTraining {

    private static final long FIRST_ID = 500_000_000L;
    private static final int BATCH = 5_000;
    private static final String[] FIRST = {"James", "Sarah", "Abdul", "Fatema", "Rafiq", "Nasrin", "David", "Emma",
        "Kamal", "Shirin", "Andrei", "Elena", "Michael", "Laura", "Habib", "Salma", "Thomas", "Hannah", "Jahid", "Ayesha"};
    private static final String[] LAST = {"Smith", "Jones", "Rahman", "Hossain", "Islam", "Akter", "Taylor", "Brown",
        "Uddin", "Begum", "Popescu", "Ionescu", "Wilson", "Evans", "Alam", "Khatun", "Patel", "Khan", "Miah", "Sarkar"};
    private static final String[] PROFESSIONS = {"POLICE", "POLICE", "POLICE", "PROSECUTOR", "SPECIAL_PUBLIC_PROSECUTOR",
        "SOCIAL_WORKER", "BORDER_OFFICIAL", "HEALTH_WORKER", "JUDGE", "NGO_STAFF"};

    public static void main(String[] args) throws Exception {
        String url = args[0] + (args[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        int people = Integer.parseInt(args[3]);
        int attendances = Integer.parseInt(args[4]);
        String sheet = args[5];
        Random random = new Random(2021);
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(false);
            long uk = programme(db, "UK");
            long bd = programme(db, "BD");
            long course;
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select min(id) from trn_course")) {
                rs.next();
                course = rs.getLong(1);
            }
            long started = System.nanoTime();
            try (PreparedStatement p = db.prepareStatement("insert into trn_professional (id, version, name, name_key,"
                    + " organisation, organisation_key, profession, country, email, email_key) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < people; i++) {
                    String name = name(i);
                    String org = organisation(i);
                    p.setLong(1, FIRST_ID + i);
                    p.setString(2, name);
                    p.setString(3, name.toLowerCase());
                    p.setString(4, org);
                    p.setString(5, org.toLowerCase());
                    p.setString(6, PROFESSIONS[i % PROFESSIONS.length]);
                    p.setString(7, i % 2 == 0 ? "GB" : "BD");
                    String email = i % 3 == 0 ? "p" + i + "@bench.example.org" : null;
                    p.setString(8, email);
                    p.setString(9, email);
                    p.addBatch();
                    if (i % BATCH == BATCH - 1) {
                        p.executeBatch();
                        db.commit();
                    }
                }
                p.executeBatch();
                db.commit();
            }
            long sessionId = FIRST_ID + people;
            int sessions = attendances / 25 + 1;
            LocalDate first = LocalDate.now().minusYears(5);
            try (PreparedStatement s = db.prepareStatement("insert into trn_session (id, version, course_id, programme_id,"
                    + " starts_on, ends_on, location, online) values (?, 1, ?, ?, ?, ?, 'Bench hall', false)");
                    PreparedStatement a = db.prepareStatement("insert into trn_attendance (id, version, session_id,"
                            + " professional_id, programme_id, session_on, completed, pre_knowledge, post_knowledge,"
                            + " profession, country, organisation_key, course_id) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                long attendanceId = sessionId + sessions + 1;
                int written = 0;
                for (int k = 0; k < sessions && written < attendances; k++) {
                    long programme = k % 2 == 0 ? uk : bd;
                    Date day = Date.valueOf(first.plusDays((long) k * 1826 / sessions));
                    s.setLong(1, sessionId + k);
                    s.setLong(2, course);
                    s.setLong(3, programme);
                    s.setDate(4, day);
                    s.setDate(5, day);
                    s.addBatch();
                    int base = random.nextInt(people);
                    for (int j = 0; j < 25 && written < attendances; j++, written++) {
                        // Neighbouring people, so each session's 25 are distinct; people come back over the years.
                        int person = (base + j * 7919) % people;
                        a.setLong(1, attendanceId++);
                        a.setLong(2, sessionId + k);
                        a.setLong(3, FIRST_ID + person);
                        a.setLong(4, programme);
                        a.setDate(5, day);
                        a.setBoolean(6, random.nextInt(20) != 0);
                        int pre = 30 + random.nextInt(40);
                        a.setInt(7, pre);
                        a.setInt(8, Math.min(100, pre + random.nextInt(35) - 5));
                        a.setString(9, PROFESSIONS[person % PROFESSIONS.length]);
                        a.setString(10, person % 2 == 0 ? "GB" : "BD");
                        a.setString(11, organisation(person).toLowerCase());
                        a.setLong(12, course);
                        a.addBatch();
                    }
                    if (k % 200 == 199) {
                        s.executeBatch();
                        a.executeBatch();
                        db.commit();
                    }
                }
                s.executeBatch();
                a.executeBatch();
                db.commit();
                long empty = sessionId + sessions;
                s.setLong(1, empty);
                s.setLong(2, course);
                s.setLong(3, uk);
                s.setDate(4, Date.valueOf(LocalDate.now()));
                s.setDate(5, Date.valueOf(LocalDate.now()));
                s.executeUpdate();
                try (PreparedStatement bump = db.prepareStatement("update plt_id_sequence set seq_value = ? where seq_name = 'liberta'")) {
                    bump.setLong(1, attendanceId + 1000);
                    bump.executeUpdate();
                }
                db.commit();
                System.out.printf("generated %d professionals, %d attendances in %d sessions in %.1f s%n", people, written,
                        sessions, (System.nanoTime() - started) / 1e9);
                System.out.println("empty session id: " + empty);
            }
        }
        StringBuilder csv = new StringBuilder("name,organisation,profession,email,completed,pre_score,post_score\n");
        for (int i = 0; i < 500; i++) {
            if (i % 2 == 0) {
                int known = i * 397 % people; // someone the database holds: by e-mail where they have one
                csv.append(name(known)).append(',').append(organisation(known)).append(',')
                        .append(PROFESSIONS[known % PROFESSIONS.length]).append(',')
                        .append(known % 3 == 0 ? "p" + known + "@bench.example.org" : "").append(",yes,45,70\n");
            } else {
                csv.append("Newcomer ").append(i).append(" Bench,Bench Constabulary,POLICE,,yes,40,65\n");
            }
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of(sheet), csv.toString());
    }

    private static long programme(Connection db, String code) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select id from plt_programme where code = '" + code + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Unique per person: a first and last name and a number (200,000 people share 400 name pairs). */
    private static String name(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length] + " " + (i / (FIRST.length * LAST.length));
    }

    private static String organisation(int i) {
        return (i % 2 == 0 ? "Police Force " : "District Police ") + (i % 97);
    }
}
