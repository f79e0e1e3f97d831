import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;

/**
 * Benchmark data for advocacy, written straight into a migrated Liberta database with JDBC batches: STAKEHOLDERS
 * people and bodies in the UK, Romania and Bangladesh programmes, 200 campaigns and ENGAGEMENTS engagements over
 * five years (one to three stakeholders met each, a follow-up on one in three), summaries drawn from a vocabulary of
 * a few thousand words with a long tail (some words common, most rare, as in real notes). One campaign, titled
 * "Bench timeline campaign", holds 1,950 engagements and 50 outcomes: a timeline of 2,000 entries. Search words are
 * not written here: the benchmark asks Liberta to rebuild them. Prints the timeline campaign's id.
 * Usage: java -cp mysql-connector-j.jar GenerateAdvocacy.java URL USER PASSWORD STAKEHOLDERS ENGAGEMENTS
 */
public class GenerateAdvocacy {

    private static final long FIRST_ID = 600_000_000L;
    private static final int BATCH = 5_000;
    private static final int CAMPAIGNS = 200;
    private static final String[] KINDS = {"MP", "PEER", "MINISTER", "MINISTRY", "POLICE_FORCE", "PROSECUTION_SERVICE",
        "COURT", "EMBASSY", "MULTILATERAL", "NGO_COALITION", "MEDIA"};
    private static final String[] TYPES = {"MEETING", "MEETING", "MEETING", "LETTER", "LETTER", "ROUNDTABLE",
        "WRITTEN_EVIDENCE", "CONSULTATION_RESPONSE", "EVENT", "MEDIA"};
    private static final String[] COMMON = {"briefed", "support", "survivors", "trafficking", "amendment", "bill",
        "police", "prosecution", "figures", "referral", "recovery", "court", "backlog", "witness", "ministry", "minister",
        "committee", "evidence", "report", "asked", "agreed", "follow", "letter", "meeting", "roundtable", "draft",
        "consultation", "funding", "victims", "care", "navigator", "identification", "leave", "remain", "modern",
        "slavery", "forced", "labour", "supply", "chains", "commitment", "platform", "mobile", "judges", "training"};
    private static final String[] PLACES = {"London", "Wolverhampton", "Birmingham", "Manchester", "Leeds", "Glasgow",
        "Bucharest", "Iasi", "Cluj", "Constanta", "Timisoara", "Dhaka", "Jessore", "Jhenaidah", "Satkhira", "Khulna",
        "Cox's Bazar", "Sylhet", "Chittagong", "Rajshahi"};
    private static final String[] FIRST = {"James", "Sarah", "Abdul", "Fatema", "Rafiq", "Nasrin", "David", "Emma",
        "Kamal", "Shirin", "Andrei", "Elena", "Michael", "Laura", "Habib", "Salma", "Thomas", "Hannah", "Jahid", "Ayesha"};
    private static final String[] LAST = {"Smith", "Jones", "Rahman", "Hossain", "Islam", "Akter", "Taylor", "Brown",
        "Uddin", "Begum", "Popescu", "Ionescu", "Wilson", "Evans", "Alam", "Khatun", "Patel", "Khan", "Miah", "Sarkar"};

    /** A long tail of rarer words: syllables put together, as many as a working vocabulary of names and terms. */
    private static final String[] RARE = rareWords(4000);

    public static void main(String[] args) throws Exception {
        String url = args[0] + (args[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        int stakeholders = Integer.parseInt(args[3]);
        int engagements = Integer.parseInt(args[4]);
        Random random = new Random(2021);
        LocalDate today = LocalDate.now();
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(false);
            long[] programmes = {programme(db, "UK"), programme(db, "RO"), programme(db, "BD")};
            String[] countries = {"GB", "RO", "BD"};
            long id = FIRST_ID;
            long firstStakeholder = id;
            try (PreparedStatement s = db.prepareStatement("insert into adv_stakeholder (id, version, programme_id, name,"
                    + " kind, role_title, organisation, country, influence, stance) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < stakeholders; i++) {
                    int p = i % 3;
                    s.setLong(1, id++);
                    s.setLong(2, programmes[p]);
                    s.setString(3, FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " "
                            + RARE[random.nextInt(RARE.length)]);
                    s.setString(4, KINDS[random.nextInt(KINDS.length)]);
                    s.setString(5, "Adviser on " + COMMON[random.nextInt(COMMON.length)]);
                    s.setString(6, PLACES[random.nextInt(PLACES.length)] + " " + RARE[random.nextInt(RARE.length)] + " office");
                    s.setString(7, countries[p]);
                    s.setInt(8, 1 + random.nextInt(5));
                    s.setInt(9, 1 + random.nextInt(5));
                    batch(s, i);
                }
                s.executeBatch();
            }
            long firstCampaign = id;
            try (PreparedStatement c = db.prepareStatement("insert into adv_campaign (id, version, programme_id, title, ask,"
                    + " target, target_on, status, evidence) values (?, 1, ?, ?, ?, ?, ?, 'ACTIVE', ?)")) {
                for (int i = 0; i < CAMPAIGNS; i++) {
                    c.setLong(1, id++);
                    c.setLong(2, programmes[i % 3]);
                    c.setString(3, i == 0 ? "Bench timeline campaign" : "Campaign on " + sentence(random, 4));
                    c.setString(4, sentence(random, 20));
                    c.setString(5, PLACES[random.nextInt(PLACES.length)] + " authorities");
                    c.setDate(6, Date.valueOf(today.plusDays(random.nextInt(700))));
                    c.setString(7, i % 5 == 0 ? "Liberta's figures: " + sentence(random, 10) : null);
                    c.addBatch();
                }
                c.executeBatch();
            }
            try (PreparedStatement e = db.prepareStatement("insert into adv_engagement (id, version, programme_id,"
                    + " campaign_id, occurred_on, kind, summary, logged_by) values (?, 1, ?, ?, ?, ?, ?, 'advocacy')");
                    PreparedStatement met = db.prepareStatement("insert into adv_engagement_stakeholder (engagement_id,"
                            + " stakeholder_id) values (?, ?)");
                    PreparedStatement f = db.prepareStatement("insert into adv_follow_up (id, version, engagement_id,"
                            + " programme_id, action, due_on, owner, done_on) values (?, 1, ?, ?, ?, ?, 'advocacy', ?)")) {
                for (int i = 0; i < engagements; i++) {
                    // The first 1,950 belong to the timeline campaign; the rest spread over the others.
                    int campaign = i < 1950 ? 0 : 1 + random.nextInt(CAMPAIGNS - 1);
                    int p = campaign % 3;
                    long engagement = id++;
                    LocalDate on = today.minusDays(random.nextInt(5 * 365));
                    e.setLong(1, engagement);
                    e.setLong(2, programmes[p]);
                    e.setLong(3, firstCampaign + campaign);
                    e.setDate(4, Date.valueOf(on));
                    e.setString(5, TYPES[random.nextInt(TYPES.length)]);
                    e.setString(6, sentence(random, 12 + random.nextInt(20)) + ".");
                    e.addBatch();
                    java.util.Set<Long> whom = new java.util.HashSet<>();
                    for (int k = 1 + random.nextInt(3); k > 0; k--) {
                        // a stakeholder of the same programme (ids go round the three programmes)
                        whom.add(firstStakeholder + (random.nextInt(stakeholders / 3) * 3L + p));
                    }
                    for (long who : whom) {
                        met.setLong(1, engagement);
                        met.setLong(2, who);
                        met.addBatch();
                    }
                    if (i % 3 == 0) {
                        f.setLong(1, id++);
                        f.setLong(2, engagement);
                        f.setLong(3, programmes[p]);
                        f.setString(4, "Send " + sentence(random, 4));
                        f.setDate(5, Date.valueOf(on.plusDays(14)));
                        f.setDate(6, on.plusDays(14).isBefore(today.minusDays(30)) ? Date.valueOf(on.plusDays(10)) : null);
                        f.addBatch();
                    }
                    if (i % BATCH == BATCH - 1) {
                        e.executeBatch();
                        met.executeBatch();
                        f.executeBatch();
                        db.commit();
                    }
                }
                e.executeBatch();
                met.executeBatch();
                f.executeBatch();
            }
            try (PreparedStatement o = db.prepareStatement("insert into adv_outcome (id, version, programme_id,"
                    + " campaign_id, occurred_on, description, for_whom, significance, contribution, contribution_how,"
                    + " evidence_link, independently_confirmed) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, null, ?)")) {
                String[] significance = {"LOW", "MEDIUM", "HIGH"};
                String[] contribution = {"SOLE", "MAJOR", "SHARED", "MINOR"};
                for (int i = 0; i < 50 + CAMPAIGNS; i++) {
                    int campaign = i < 50 ? 0 : i - 50;
                    o.setLong(1, id++);
                    o.setLong(2, programmes[campaign % 3]);
                    o.setLong(3, firstCampaign + campaign);
                    o.setDate(4, Date.valueOf(today.minusDays(random.nextInt(5 * 365))));
                    o.setString(5, sentence(random, 15));
                    o.setString(6, "Survivors in " + PLACES[random.nextInt(PLACES.length)]);
                    o.setString(7, significance[random.nextInt(3)]);
                    o.setString(8, contribution[random.nextInt(4)]);
                    o.setString(9, sentence(random, 8));
                    o.setBoolean(10, random.nextBoolean());
                    o.addBatch();
                }
                o.executeBatch();
            }
            db.commit();
            try (Statement s = db.createStatement()) {
                s.execute("ANALYZE TABLE adv_stakeholder, adv_campaign, adv_engagement, adv_engagement_stakeholder,"
                        + " adv_follow_up, adv_outcome");
            }
            System.out.printf("%d stakeholders, %d campaigns, %d engagements in %.1f s%n", stakeholders, CAMPAIGNS,
                    engagements, (System.nanoTime() - started) / 1e9);
            System.out.println("timeline campaign id " + firstCampaign);
        }
    }

    /** Words as notes use them: mostly common ones, a place now and then, a rare word or two. */
    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            int pick = random.nextInt(10);
            String word = pick < 6 ? COMMON[(int) Math.floor(Math.pow(random.nextDouble(), 2) * COMMON.length)]
                    : pick < 8 ? PLACES[random.nextInt(PLACES.length)] : RARE[random.nextInt(RARE.length)];
            text.append(i == 0 ? "" : " ").append(word);
        }
        text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        return text.toString();
    }

    private static String[] rareWords(int n) {
        String[] syllables = {"ka", "lo", "mi", "ra", "ten", "vos", "dra", "pel", "shu", "nor", "bex", "qui", "zan", "tor",
            "mar", "lin", "gar", "hol", "fen", "dus"};
        Random random = new Random(7);
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = syllables[random.nextInt(20)] + syllables[random.nextInt(20)] + syllables[random.nextInt(20)] + i;
        }
        return words;
    }

    private static void batch(PreparedStatement s, int i) throws Exception {
        s.addBatch();
        if (i % BATCH == BATCH - 1) {
            s.executeBatch();
        }
    }

    private static long programme(Connection db, String code) throws Exception {
        try (PreparedStatement s = db.prepareStatement("select id from plt_programme where code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
