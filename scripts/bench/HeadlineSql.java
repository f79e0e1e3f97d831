import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline report's figures written by hand in SQL and run over plain JDBC: the yardstick scripts/bench-reporting
 * holds the report against. Each indicator of the default headline (docs/domain.md's definitions) is counted for the Direct
 * column, the comparison period's Direct, Incl. funded joint ops, and once grouped by programme, as an analyst with
 * the database and no application would write it. Rates reuse their denominators' lines, as the report does.
 * Usage: java -cp mysql-connector-j.jar HeadlineSql.java URL USER PASSWORD FROM TO RUNS [detail]
 * (prints the p95 in ms; with "detail", each indicator's time in the last run too, on standard error)
 */
public class HeadlineSql {

    /** An indicator as SQL: "FROM ... WHERE", with {P} for the programme list and ? for dates bound in order. */
    record Figure(String aggregate, String programme, String fromWhere, String... dates) {
    }

    private static final String CARED = "c.programme_id IN ({P}) AND c.start_on <= ? AND (c.end_on IS NULL OR c.end_on >= ?)";
    private static final String[] CARED_DATES = {"to", "from"};

    static Map<String, Figure> figures() {
        Map<String, Figure> f = new LinkedHashMap<>();
        f.put("VICTIMS_REMOVED", new Figure("COUNT(*)", "programme_id",
                "FROM cw_removal WHERE programme_id IN ({P}) AND removed_on BETWEEN ? AND ?", "from", "to"));
        f.put("SURVIVORS_CARED_FOR", new Figure("COUNT(DISTINCT c.survivor_id)", "c.programme_id",
                "FROM cw_care_episode c WHERE " + CARED, CARED_DATES));
        f.put("SURVIVORS_REPATRIATED", new Figure("COUNT(DISTINCT survivor_id)", "programme_id",
                "FROM cw_repatriation WHERE programme_id IN ({P}) AND arrival_on BETWEEN ? AND ?", "from", "to"));
        f.put("PREVENTION_REACHED", new Figure("COUNT(DISTINCT a.participant_id)", "s.programme_id",
                "FROM cw_prevention_session s JOIN cw_prevention_attendance a ON a.session_id = s.id"
                        + " WHERE s.programme_id IN ({P}) AND s.held_on BETWEEN ? AND ?", "from", "to"));
        f.put("ACCUSED_ARRESTED", new Figure("COUNT(*)", "programme_id",
                "FROM crt_accused WHERE programme_id IN ({P}) AND arrested_on BETWEEN ? AND ?", "from", "to"));
        f.put("PROSECUTIONS_SUPPORTED", new Figure("COUNT(*)", "programme_id", "FROM crt_case WHERE programme_id IN ({P})"
                + " AND support_start <= ? AND (support_end IS NULL OR support_end >= ?)", "to", "from"));
        f.put("EXPLOITERS_CONVICTED", new Figure("COUNT(*)", "programme_id", "FROM crt_accused WHERE programme_id IN ({P})"
                + " AND verdict = 'CONVICTED' AND verdict_on BETWEEN ? AND ?", "from", "to"));
        f.put("PROFESSIONALS_TRAINED", new Figure("COUNT(DISTINCT professional_id)", "programme_id",
                "FROM trn_attendance WHERE programme_id IN ({P}) AND session_on BETWEEN ? AND ? AND completed = TRUE",
                "from", "to"));
        f.put("FOLLOW_UPS", new Figure("COUNT(*)", "programme_id",
                "FROM cw_follow_up WHERE programme_id IN ({P}) AND contact_on BETWEEN ? AND ?", "from", "to"));
        for (String mode : List.of("PHONE", "IN_PERSON")) {
            f.put("FOLLOW_UPS_" + mode, new Figure("COUNT(*)", "programme_id", "FROM cw_follow_up WHERE programme_id IN ({P})"
                    + " AND contact_on BETWEEN ? AND ? AND contact_mode = '" + mode + "'", "from", "to"));
        }
        // As a DBA would ask it of each survivor's care state (V9__care_state.sql): the segment holding the period's
        // last day, for those whose care lasted into the period.
        f.put("POLICE_ENGAGED", atEnd("ladder_rank BETWEEN 1 AND 4"));
        f.put("POLICE_ABE_INTERVIEW", atEnd("ladder_rank = 3"));
        f.put("POLICE_SUPPORTS_PROSECUTION", atEnd("ladder_rank = 4"));
        f.put("RECOVERY_ASSESSED", atEnd("assessment_number >= 2"));
        f.put("RECOVERY_IMPROVED", atEnd("areas_improved > 0"));
        f.put("RETRAFFICKED", new Figure("COUNT(DISTINCT survivor_id)", "programme_id",
                "FROM cw_retrafficking WHERE programme_id IN ({P}) AND occurred_on BETWEEN ? AND ?", "from", "to"));
        for (String outcome : List.of("FURTHER_VICTIMS", "SUSPECTS", "ARRESTS", "LINES_OF_ENQUIRY", "CHARGES",
                "LOCATIONS_IDENTIFIED", "LOCATIONS_CHECKED")) {
            // Each investigation once per column, however many of its survivors the programmes hold.
            f.put("INVESTIGATION_" + outcome, new Figure("SUM(t.outcome)", "t.programme_id",
                    "FROM (SELECT DISTINCT {G} i.id, i." + outcome.toLowerCase() + " AS outcome FROM cw_investigation i"
                            + " JOIN cw_investigation_survivor s ON s.investigation_id = i.id WHERE s.programme_id IN ({P})"
                            + " AND i.opened_on <= ? AND (i.closed_on IS NULL OR i.closed_on >= ?)) t", "to", "from"));
        }
        f.put("WITNESSES_REQUIRED", new Figure("COUNT(*)", "programme_id", "FROM wit_attendance WHERE programme_id IN ({P})"
                + " AND hearing_at >= ? AND hearing_at < ? AND attended IS NOT NULL", "from", "dayAfter"));
        f.put("WITNESSES_ATTENDED", new Figure("COUNT(*)", "programme_id", "FROM wit_attendance WHERE programme_id IN ({P})"
                + " AND hearing_at >= ? AND hearing_at < ? AND attended = TRUE", "from", "dayAfter"));
        f.put("TRAINING_ATTENDANCES", new Figure("COUNT(*)", "programme_id",
                "FROM trn_attendance WHERE programme_id IN ({P}) AND session_on BETWEEN ? AND ?", "from", "to"));
        f.put("ADVOCACY_ENGAGEMENTS", new Figure("COUNT(*)", "programme_id",
                "FROM adv_engagement WHERE programme_id IN ({P}) AND occurred_on BETWEEN ? AND ?", "from", "to"));
        String outcomes = "FROM adv_outcome WHERE programme_id IN ({P}) AND occurred_on BETWEEN ? AND ?";
        f.put("ADVOCACY_OUTCOMES", new Figure("COUNT(*)", "programme_id", outcomes, "from", "to"));
        for (String s : List.of("LOW", "MEDIUM", "HIGH")) {
            f.put("ADVOCACY_OUTCOMES_SIGNIFICANCE_" + s, new Figure("COUNT(*)", "programme_id",
                    outcomes + " AND significance = '" + s + "'", "from", "to"));
        }
        for (String c : List.of("SOLE", "MAJOR", "SHARED", "MINOR")) {
            f.put("ADVOCACY_OUTCOMES_CONTRIBUTION_" + c, new Figure("COUNT(*)", "programme_id",
                    outcomes + " AND contribution = '" + c + "'", "from", "to"));
        }
        f.put("ADVOCACY_CAMPAIGNS_WON", new Figure("COUNT(DISTINCT c.id)", "c.programme_id",
                "FROM adv_campaign c JOIN adv_outcome o ON o.campaign_id = c.id WHERE c.programme_id IN ({P})"
                        + " AND c.status IN ('WON', 'PARTLY_WON') AND o.occurred_on BETWEEN ? AND ?", "from", "to"));
        return f;
    }

    private static Figure atEnd(String condition) {
        return new Figure("COUNT(*)", "programme_id", "FROM cw_care_state WHERE programme_id IN ({P})"
                + " AND valid_from <= ? AND valid_until > ? AND care_until >= ? AND " + condition, "to", "to", "from");
    }

    public static void main(String[] args) throws Exception {
        LocalDate from = LocalDate.parse(args[3]);
        LocalDate to = LocalDate.parse(args[4]);
        int runs = Integer.parseInt(args[5]);
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            List<Long> direct = ids(db, "('DIRECT')");
            List<Long> incl = ids(db, "('DIRECT', 'FUNDED_JOINT_OPERATION')");
            List<Long> all = ids(db, "('DIRECT', 'FUNDED_JOINT_OPERATION', 'JOINT_OPERATION')");
            Map<String, Figure> figures = figures();
            List<Long> times = new ArrayList<>();
            for (int run = -5; run < runs; run++) {
                long started = System.nanoTime();
                for (Map.Entry<String, Figure> e : figures.entrySet()) {
                    long one = System.nanoTime();
                    Figure f = e.getValue();
                    total(db, f, direct, from, to);
                    total(db, f, direct, from.minusYears(1), to.minusYears(1));
                    total(db, f, incl, from, to);
                    byProgramme(db, f, all, from, to);
                    if (args.length > 6 && run == runs - 1) {
                        System.err.printf("%-40s %6d ms%n", e.getKey(), (System.nanoTime() - one) / 1_000_000);
                    }
                }
                if (run >= 0) {
                    times.add((System.nanoTime() - started) / 1_000_000);
                }
            }
            Collections.sort(times);
            System.out.println(times.get(Math.max(0, (int) (times.size() * 0.95) - 1)));
        }
    }

    private static List<Long> ids(Connection db, String relationships) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT id FROM plt_programme WHERE relationship IN " + relationships);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static long total(Connection db, Figure f, List<Long> programmes, LocalDate from, LocalDate to) throws Exception {
        String sql = "SELECT " + f.aggregate() + " " + f.fromWhere().replace("{G}", "");
        try (ResultSet rs = run(db, sql, f, programmes, from, to)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<Long, Long> byProgramme(Connection db, Figure f, List<Long> programmes, LocalDate from, LocalDate to)
            throws Exception {
        String sql = "SELECT " + f.programme() + ", " + f.aggregate() + " "
                + f.fromWhere().replace("{G}", "s.programme_id,") + " GROUP BY " + f.programme();
        Map<Long, Long> figures = new LinkedHashMap<>();
        try (ResultSet rs = run(db, sql, f, programmes, from, to)) {
            while (rs.next()) {
                figures.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return figures;
    }

    private static ResultSet run(Connection db, String sql, Figure f, List<Long> programmes, LocalDate from, LocalDate to)
            throws Exception {
        PreparedStatement s = db.prepareStatement(sql.replace("{P}", String.join(",",
                Collections.nCopies(programmes.size(), "?"))));
        s.closeOnCompletion();
        int i = 1;
        for (Long id : programmes) {
            s.setLong(i++, id);
        }
        for (String date : f.dates()) {
            switch (date) {
                case "from" -> s.setDate(i++, Date.valueOf(from));
                case "to" -> s.setDate(i++, Date.valueOf(to));
                default -> s.setTimestamp(i++, java.sql.Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
            }
        }
        return s.executeQuery();
    }
}
