package cn.ecc.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The intake baseline: what a filing writes, done with plain JDBC in one transaction per case, the least any
 * implementation of filing must do. The statements are those the platform sends to Derby for one filing (read
 * from Derby's statement log, {@code derby.language.logStatementText}), in the same order:
 * <ol>
 * <li>refuse a duplicate filing reference;</li>
 * <li>lock the year's counter row ({@code FOR UPDATE WITH RS}), take the next number, write the counter back;</li>
 * <li>insert the case and its parties (each insert reading its generated id);</li>
 * <li>the deadline engine's default nodes (5) and the case-term node, each inserted on its own with its id read
 * back, and the term row;</li>
 * <li>the intake area's record of the case (its series: the filing date and the applicants' ID numbers), which the
 * area writes in the filing's transaction;</li>
 * <li>one audit record: lock the chain head, hash the record onto the previous hash (SHA-256 over the canonical
 * JSON of the case, personal data masked), update the head, insert the record, all while the head is locked;</li>
 * <li>commit (Derby forces its log to disk, as on the platform).</li>
 * </ol>
 * Deadlines are computed with plain calendar arithmetic (no holiday table): the same rows and the same amount of
 * work, not necessarily the same dates.
 */
public final class BaselineFiling implements AutoCloseable {

    static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

    static final String INSERT_CASE = "INSERT INTO ECC_CASE (AMOUNT, BASIS, CAUSE, CLOSED_ON, CLOSING_TYPE, COURT_CODE,"
            + " CREATED_AT, CREATED_BY, FILED_ON, FILING_REF, HANDLER, KEY_CASE, KEY_CATEGORY, NON_LITIGATION, CASE_NO, SEQ,"
            + " STATUS, CASE_TYPE, UPDATED_AT, VERSION, CASE_YEAR)"
            + " VALUES (?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, NULL, 0, NULL, 0, ?, ?, 'REGISTERED', ?, ?, 1, ?)";
    static final String INSERT_PARTY = "INSERT INTO ECC_PARTY (ADDRESS, ID_NUMBER, KIND, NAME, PHONE, POSITION, SIDE,"
            + " CASE_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_NODE = "INSERT INTO ECC_NODE (CASE_ID, CASE_NO, COMPLETED_AT, COMPLETED_BY, CREATED_AT,"
            + " CREATED_BY, DONE, DUE_AT, HANDLER_NODE, LABEL, MARKED, NOTE, NOTIFY_ROLES, RESPONSIBLE, RESPONSIBLE_ROLE,"
            + " STARTED_AT, NODE_TYPE, VERSION, WARN_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, 1, ?)";
    static final String INSERT_TERM = "INSERT INTO ECC_CASE_TERM (CASE_ID, BASE_END, CASE_NO, EXTENSION_DAYS, TERM_MONTHS,"
            + " NODE_ID, PAUSE_REASON, PAUSED_DAYS, PAUSED_SINCE, STARTED_ON, VERSION)"
            + " VALUES (?, ?, ?, 0, ?, ?, NULL, 0, NULL, ?, 1)";
    static final String INSERT_INTAKE = "INSERT INTO INTAKE_CASE (CASE_ID, APPLICANTS, BATCH_ID, CASE_NO, DOCS_SENT_AT,"
            + " DOCS_SENT_BY, FILED_ON, SERIES_KEY) VALUES (?, ?, NULL, ?, NULL, NULL, ?, ?)";
    static final String INSERT_AUDIT = "INSERT INTO ECC_AUDIT (ID, ACTION_NAME, ACTOR, AFTER_STATE, AT_MS, BEFORE_STATE,"
            + " CASE_ID, HASH, PREV_HASH, SUBJECT_ID, SUBJECT_TYPE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A default node: type, label, length and unit, warning and unit, responsible role, handler's node. */
    record Rule(String type, String label, int length, char unit, int warn, char warnUnit, String role, boolean handler) {
    }

    /** The nodes a filing opens (DefaultRules.ON_FILING) and the term's; units: H hours, D days, M months. */
    static final List<Rule> ON_FILING = List.of(
            new Rule("assign-handler", "分案", 7, 'D', 3, 'D', "center-head", false),
            new Rule("send-initial-documents", "发送执行通知书等首批文书", 3, 'D', 1, 'D', "clerk", false),
            new Rule("national-inquiry", "总对总网络查控", 72, 'H', 24, 'H', "inquiry-officer", false),
            new Rule("point-inquiry", "点对点查控", 7, 'D', 3, 'D', "inquiry-officer", false),
            new Rule("property-investigation", "财产调查", 1, 'M', 3, 'D', "judge", true));
    static final Rule TERM = new Rule("case-term", "审限", 6, 'M', 15, 'D', "judge", true);

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final Connection c;
    private final String actor;
    private final PreparedStatement duplicate;
    private final PreparedStatement lockCounter;
    private final PreparedStatement updateCounter;
    private final PreparedStatement insertCase;
    private final PreparedStatement insertParty;
    private final PreparedStatement insertNode;
    private final PreparedStatement insertTerm;
    private final PreparedStatement insertIntake;
    private final PreparedStatement lockHead;
    private final PreparedStatement updateHead;
    private final PreparedStatement insertAudit;

    public BaselineFiling(Connection c, String actor) throws SQLException {
        this.c = c;
        this.actor = actor;
        duplicate = c.prepareStatement("SELECT CASE_NO FROM ECC_CASE WHERE (FILING_REF = ?)");
        lockCounter = c.prepareStatement(
                "SELECT COUNTER_KEY, LAST_SEQ FROM ECC_CASE_COUNTER WHERE (COUNTER_KEY = ?) FOR UPDATE WITH RS");
        updateCounter = c.prepareStatement("UPDATE ECC_CASE_COUNTER SET LAST_SEQ = ? WHERE (COUNTER_KEY = ?)");
        insertCase = c.prepareStatement(INSERT_CASE, Statement.RETURN_GENERATED_KEYS);
        insertParty = c.prepareStatement(INSERT_PARTY, Statement.RETURN_GENERATED_KEYS);
        insertNode = c.prepareStatement(INSERT_NODE, Statement.RETURN_GENERATED_KEYS);
        insertTerm = c.prepareStatement(INSERT_TERM);
        insertIntake = c.prepareStatement(INSERT_INTAKE);
        lockHead = c.prepareStatement("SELECT ID, LAST_HASH, LAST_ID FROM ECC_AUDIT_HEAD WHERE (ID = ?) FOR UPDATE WITH RS");
        updateHead = c.prepareStatement("UPDATE ECC_AUDIT_HEAD SET LAST_HASH = ?, LAST_ID = ? WHERE (ID = ?)");
        insertAudit = c.prepareStatement(INSERT_AUDIT);
    }

    /** Creates the year's counter row if missing, as the service does once, outside the filing transaction. */
    public static void ensureCounter(Connection c, String key) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM ECC_CASE_COUNTER WHERE COUNTER_KEY = ?")) {
            q.setString(1, key);
            try (ResultSet r = q.executeQuery()) {
                if (r.next()) {
                    c.commit();
                    return;
                }
            }
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO ECC_CASE_COUNTER (COUNTER_KEY, LAST_SEQ) VALUES (?, 0)")) {
            ins.setString(1, key);
            ins.executeUpdate();
        }
        c.commit();
    }

    /** Files one case; returns its sequence number. */
    public int file(Cases.CaseData d, int year, String courtCode) throws SQLException {
        String key = year + "|" + courtCode + "|" + d.type();
        LocalDateTime now = LocalDateTime.now(COURT_ZONE);
        LocalDate today = now.toLocalDate();
        try {
            duplicate.setString(1, d.filingReference());
            try (ResultSet r = duplicate.executeQuery()) {
                if (r.next()) {
                    throw new SQLException("duplicate filing reference " + d.filingReference());
                }
            }
            lockCounter.setString(1, key);
            int seq;
            try (ResultSet r = lockCounter.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("no counter " + key);
                }
                seq = r.getInt(2) + 1;
            }
            updateCounter.setInt(1, seq);
            updateCounter.setString(2, key);
            updateCounter.executeUpdate();
            String number = number(year, courtCode, seq);
            Timestamp stamp = Timestamp.from(Instant.now());
            bindCase(insertCase, d, year, courtCode, seq, today, stamp, actor);
            insertCase.executeUpdate();
            long id = generatedKey(insertCase);
            bindParties(insertParty, id, d, false);

            // a case filed today counts its nodes from now
            for (Rule rule : ON_FILING) {
                LocalDateTime[] dueWarn = due(rule, now);
                bindNode(insertNode, id, number, rule, rule.label(), now, dueWarn[0], dueWarn[1], now, actor);
                insertNode.executeUpdate();
                generatedKey(insertNode);
            }
            LocalDate baseEnd = today.plusMonths(TERM.length());
            LocalDateTime[] termDueWarn = due(TERM, today.atStartOfDay());
            bindNode(insertNode, id, number, TERM, TERM.label(), today.atStartOfDay(), termDueWarn[0], termDueWarn[1],
                    now, actor);
            insertNode.executeUpdate();
            long termNode = generatedKey(insertNode);
            insertTerm.setLong(1, id);
            insertTerm.setDate(2, java.sql.Date.valueOf(baseEnd));
            insertTerm.setString(3, number);
            insertTerm.setInt(4, TERM.length());
            insertTerm.setLong(5, termNode);
            insertTerm.setDate(6, java.sql.Date.valueOf(today));
            insertTerm.executeUpdate();
            insertIntake.setLong(1, id);
            insertIntake.setString(2, String.join("、", d.applicants().stream().map(Cases.PartyData::name).toList()));
            insertIntake.setString(3, number);
            insertIntake.setDate(4, java.sql.Date.valueOf(today));
            insertIntake.setString(5, seriesKey(today, d.applicants()));
            insertIntake.executeUpdate();

            // last before the commit, as the platform does: the chain head stays locked until the commit
            String after = snapshot(d, number, today);
            long at = System.currentTimeMillis();
            lockHead.setInt(1, 1);
            long auditId;
            String prev;
            try (ResultSet r = lockHead.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("no audit head row");
                }
                prev = r.getString(2);
                auditId = r.getLong(3) + 1;
            }
            String hash = hash(prev, auditId, at, actor, "case.create", "case", Long.toString(id), id, "{}", after);
            updateHead.setString(1, hash);
            updateHead.setLong(2, auditId);
            updateHead.setInt(3, 1);
            updateHead.executeUpdate();
            insertAudit.setLong(1, auditId);
            insertAudit.setString(2, "case.create");
            insertAudit.setString(3, actor);
            insertAudit.setString(4, after);
            insertAudit.setLong(5, at);
            insertAudit.setString(6, "{}");
            insertAudit.setLong(7, id);
            insertAudit.setString(8, hash);
            insertAudit.setString(9, prev);
            insertAudit.setString(10, Long.toString(id));
            insertAudit.setString(11, "case");
            insertAudit.executeUpdate();
            c.commit();
            return seq;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /** The intake area's series key: the filing date and the applicants' ID numbers (else names), sorted. */
    static String seriesKey(LocalDate filedOn, List<Cases.PartyData> applicants) {
        java.util.TreeSet<String> who = new java.util.TreeSet<>();
        for (Cases.PartyData p : applicants) {
            String id = p.idNumber() == null ? "" : p.idNumber().strip().toUpperCase(java.util.Locale.ROOT);
            who.add(id.isEmpty() ? p.name().strip() : id);
        }
        String key = filedOn + "|" + String.join(",", who);
        return key.length() <= 300 ? key : key.substring(0, 300);
    }

    static String number(int year, String courtCode, int seq) {
        return "(" + year + ")" + courtCode + "执" + seq + "号";
    }

    private static long generatedKey(PreparedStatement p) throws SQLException {
        try (ResultSet k = p.getGeneratedKeys()) {
            k.next();
            return k.getLong(1);
        }
    }

    /** When a default node falls due, from when it warns (plain calendar arithmetic). */
    static LocalDateTime[] due(Rule rule, LocalDateTime from) {
        LocalDateTime due = switch (rule.unit()) {
            case 'H' -> from.plusHours(rule.length());
            case 'M' -> from.toLocalDate().plusMonths(rule.length()).atTime(LocalTime.of(23, 59, 59));
            default -> from.toLocalDate().plusDays(rule.length()).atTime(LocalTime.of(23, 59, 59));
        };
        LocalDateTime warn = rule.warnUnit() == 'H' ? due.minusHours(rule.warn())
                : due.toLocalDate().minusDays(rule.warn()).atStartOfDay();
        return new LocalDateTime[] {due, warn.isBefore(from) ? from : warn};
    }

    /** The parameters of {@link #INSERT_NODE} for an open node. */
    static void bindNode(PreparedStatement p, long caseId, String number, Rule rule, String label, LocalDateTime from,
            LocalDateTime due, LocalDateTime warn, LocalDateTime now, String actor) throws SQLException {
        p.setLong(1, caseId);
        p.setString(2, number);
        p.setTimestamp(3, null);
        p.setString(4, null);
        p.setTimestamp(5, Timestamp.valueOf(now));
        p.setString(6, actor);
        p.setBoolean(7, false);
        p.setTimestamp(8, Timestamp.valueOf(due));
        p.setBoolean(9, rule.handler());
        p.setString(10, label);
        p.setString(11, "OPEN");
        p.setString(12, "chief");
        p.setString(13, rule.role());
        p.setTimestamp(14, Timestamp.valueOf(from));
        p.setString(15, rule.type());
        p.setTimestamp(16, Timestamp.valueOf(warn));
    }

    /** The case as the audit record keeps it: canonical JSON, keys sorted, personal data masked. */
    static String snapshot(Cases.CaseData d, String number, LocalDate filedOn) {
        Map<String, Object> m = new TreeMap<>();
        m.put("amount", d.amount().stripTrailingZeros());
        m.put("applicants", parties(d.applicants()));
        m.put("basis", d.basis());
        m.put("cause", d.cause());
        m.put("filedOn", filedOn.toString());
        m.put("filingReference", d.filingReference());
        m.put("handler", null);
        m.put("keyCase", false);
        m.put("keyCategory", null);
        m.put("nonLitigation", false);
        m.put("number", number);
        m.put("respondents", parties(d.respondents()));
        m.put("status", "REGISTERED");
        m.put("type", d.type());
        try {
            return CANONICAL.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> parties(List<Cases.PartyData> parties) {
        List<String> out = new ArrayList<>();
        for (Cases.PartyData p : parties) {
            String kind = "PERSON".equals(p.kind()) ? "（自然人）" : "（法人或非法人组织）";
            StringBuilder b = new StringBuilder(p.name()).append(kind).append(' ').append(mask(p.idNumber(), 4, 4));
            if (p.phone() != null) {
                b.append(' ').append(mask(p.phone(), 3, 4));
            }
            out.add(b.toString());
        }
        return out;
    }

    static String mask(String s, int head, int tail) {
        if (s == null || s.length() <= head + tail) {
            return s;
        }
        return s.substring(0, head) + "*".repeat(s.length() - head - tail) + s.substring(s.length() - tail);
    }

    /** SHA-256 (hex) over the previous hash, a newline and the record's canonical content (JpaAuditTrail.hash). */
    static String hash(String prev, long id, long at, String actor, String action, String subjectType, String subjectId,
            long caseId, String before, String after) {
        StringBuilder sb = new StringBuilder(prev).append('\n').append('[').append(id).append(',').append(at).append(',');
        try {
            sb.append(CANONICAL.writeValueAsString(actor)).append(',').append(CANONICAL.writeValueAsString(action))
                    .append(',').append(CANONICAL.writeValueAsString(subjectType)).append(',')
                    .append(CANONICAL.writeValueAsString(subjectId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        sb.append(',').append(caseId).append(',').append(before).append(',').append(after).append(']');
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parameters of {@link #INSERT_CASE}. */
    static void bindCase(PreparedStatement p, Cases.CaseData d, int year, String courtCode, int seq, LocalDate filedOn,
            Timestamp stamp, String actor) throws SQLException {
        p.setBigDecimal(1, d.amount().setScale(2, java.math.RoundingMode.UNNECESSARY));
        p.setString(2, d.basis());
        p.setString(3, d.cause());
        p.setString(4, courtCode);
        p.setTimestamp(5, stamp);
        p.setString(6, actor);
        p.setDate(7, java.sql.Date.valueOf(filedOn));
        p.setString(8, d.filingReference());
        p.setString(9, number(year, courtCode, seq));
        p.setInt(10, seq);
        p.setString(11, d.type());
        p.setTimestamp(12, stamp);
        p.setInt(13, year);
    }

    /** Inserts the parties one by one (a filing's way, reading each id back), or adds them to the batch. */
    static void bindParties(PreparedStatement p, long caseId, Cases.CaseData d, boolean batch) throws SQLException {
        int position = 0;
        List<List<Cases.PartyData>> sides = List.of(d.applicants(), d.respondents());
        for (int s = 0; s < sides.size(); s++) {
            for (Cases.PartyData party : sides.get(s)) {
                p.setString(1, party.address());
                p.setString(2, party.idNumber());
                p.setString(3, party.kind());
                p.setString(4, party.name());
                p.setString(5, party.phone());
                p.setInt(6, position++);
                p.setString(7, s == 0 ? "APPLICANT" : "RESPONDENT");
                p.setLong(8, caseId);
                if (batch) {
                    p.addBatch();
                } else {
                    p.executeUpdate();
                    generatedKey(p);
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            c.rollback();
        } finally {
            c.close();
        }
    }
}
