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

/**
 * Benchmark data for the witness programme, on top of GenerateCourts' cases: for HEARINGS pending Bangladeshi
 * cases, one hearing to come (200 of them on ESCORT_DAY, the rest over the next 30 days), three witnesses each
 * (police, victim, doctor; victims of the escort day need an escort), their attendances (whose reminders the
 * scheduler has yet to plan), a call task each (due today for hearings within two weeks), and STAFF escort staff.
 * Usage: java -cp mysql-connector-j.jar GenerateWitness.java URL USER PASSWORD HEARINGS STAFF ESCORT_DAY
 */
public class GenerateWitness {

    private static final long FIRST_ID = 400_000_000L;
    private static final int BATCH = 5_000;

    public static void main(String[] args) throws Exception {
        String url = args[0] + (args[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        int hearings = Integer.parseInt(args[3]);
        int staff = Integer.parseInt(args[4]);
        LocalDate escortDay = LocalDate.parse(args[5]);
        LocalDate today = LocalDate.now();
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(false);
            long bd;
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select id from plt_programme where code = 'BD'")) {
                rs.next();
                bd = rs.getLong(1);
            }
            List<Long> cases = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select id from crt_case where programme_id = "
                    + bd + " and status = 'PENDING' and case_number like 'BENCH/%' order by id limit " + hearings)) {
                while (rs.next()) {
                    cases.add(rs.getLong(1));
                }
            }
            long started = System.nanoTime();
            long id = FIRST_ID;
            try (PreparedStatement h = db.prepareStatement("insert into crt_hearing (id, version, case_id, programme_id,"
                    + " scheduled_at, purpose) values (?, 1, ?, ?, ?, 'WITNESS_EXAMINATION')");
                    PreparedStatement w = db.prepareStatement("insert into crt_witness (id, version, case_id, programme_id,"
                            + " role, survivor_id, label, needs, has_phone, has_email, escort_gender)"
                            + " values (?, 1, ?, ?, ?, null, ?, ?, true, false, ?)");
                    PreparedStatement a = db.prepareStatement("insert into wit_attendance (id, version, hearing_id, case_id,"
                            + " programme_id, witness_id, hearing_at, status, contact_failures, witness_role, court_name, plan_reminders)"
                            + " values (?, 1, ?, ?, ?, ?, ?, 'IDENTIFIED', 0, ?, 'Bench Tribunal', true)");
                    PreparedStatement t = db.prepareStatement("insert into wit_task (id, version, attendance_id, hearing_id,"
                            + " programme_id, hearing_at, kind, due_on, state) values (?, 1, ?, ?, ?, ?, 'CALL', ?, 'OPEN')")) {
                String[] roles = {"POLICE", "VICTIM", "DOCTOR"};
                for (int i = 0; i < cases.size(); i++) {
                    long caseId = cases.get(i);
                    LocalDate day = i < 200 ? escortDay : today.plusDays(1 + i % 30);
                    Timestamp at = Timestamp.valueOf(day.atTime(10, 30));
                    long hearing = id++;
                    h.setLong(1, hearing);
                    h.setLong(2, caseId);
                    h.setLong(3, bd);
                    h.setTimestamp(4, at);
                    h.addBatch();
                    for (int k = 0; k < 3; k++) {
                        long witness = id++;
                        boolean escort = i < 200 && k == 1;
                        w.setLong(1, witness);
                        w.setLong(2, caseId);
                        w.setLong(3, bd);
                        w.setString(4, roles[k]);
                        w.setString(5, roles[k].charAt(0) + roles[k].substring(1).toLowerCase() + " witness 1");
                        w.setString(6, escort ? "ESCORT" : "");
                        w.setString(7, escort && i % 2 == 0 ? "FEMININE" : null);
                        w.addBatch();
                        long attendance = id++;
                        a.setLong(1, attendance);
                        a.setLong(2, hearing);
                        a.setLong(3, caseId);
                        a.setLong(4, bd);
                        a.setLong(5, witness);
                        a.setTimestamp(6, at);
                        a.setString(7, roles[k]);
                        a.addBatch();
                        t.setLong(1, id++);
                        t.setLong(2, attendance);
                        t.setLong(3, hearing);
                        t.setLong(4, bd);
                        t.setTimestamp(5, at);
                        t.setDate(6, Date.valueOf(day.minusDays(14).isBefore(today) ? today : day.minusDays(14)));
                        t.addBatch();
                    }
                    if (i % (BATCH / 3) == 0) {
                        h.executeBatch();
                        w.executeBatch();
                        a.executeBatch();
                        t.executeBatch();
                        db.commit();
                    }
                }
                h.executeBatch();
                w.executeBatch();
                a.executeBatch();
                t.executeBatch();
                db.commit();
            }
            try (PreparedStatement s = db.prepareStatement("insert into wit_staff (id, version, programme_id, name, gender,"
                    + " home_district, active) values (?, 1, ?, ?, ?, ?, true)")) {
                for (int i = 0; i < staff; i++) {
                    s.setLong(1, id++);
                    s.setLong(2, bd);
                    s.setString(3, "Bench Staff " + i);
                    s.setString(4, i % 2 == 0 ? "FEMININE" : "MASCULINE");
                    s.setString(5, "District " + (i % 16));
                    s.addBatch();
                }
                s.executeBatch();
                db.commit();
            }
            try (PreparedStatement bump = db.prepareStatement(
                    "update plt_id_sequence set seq_value = greatest(seq_value, ?) where seq_name = 'liberta'")) {
                bump.setLong(1, id + 1000);
                bump.executeUpdate();
                db.commit();
            }
            System.out.printf("%d hearings, %d witnesses, attendances (reminders to plan) and call tasks, %d staff in %.1f s%n",
                    cases.size(), 3 * cases.size(), staff, (System.nanoTime() - started) / 1e9);
        }
    }
}
