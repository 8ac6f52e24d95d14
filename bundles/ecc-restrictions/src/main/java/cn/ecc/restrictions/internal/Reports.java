package cn.ecc.restrictions.internal;

import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.court.Court;
import cn.ecc.api.docs.PdfDocument;
import cn.ecc.api.docs.Sheet;
import cn.ecc.persistence.JpqlPage;
import cn.ecc.persistence.Transactions;
import cn.ecc.restrictions.internal.Views.LedgerLine;
import cn.ecc.restrictions.internal.Views.LedgerQuery;
import cn.ecc.restrictions.internal.Views.Statistics;
import cn.ecc.restrictions.internal.Views.StatisticsRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * The 纳入/撤销台帐 and the monthly statistics, as queries over this area's own tables: the ledger lines are
 * written with each change, the statistics count restrictions by their dates (so that a past month answers the
 * same whenever it is asked).
 */
final class Reports {

    /** The most lines one export carries; a longer period is refused with a hint to narrow it. */
    static final int MAX_EXPORT_LINES = 50_000;
    static final int MAX_PRINT_LINES = 5_000;

    private final Transactions tx;

    Reports(Transactions tx) {
        this.tx = tx;
    }

    Page<LedgerLine> ledger(LedgerQuery q, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(q, params);
        return tx.read(em -> {
            JpqlPage<LedgerEntryEntity> found = JpqlPage.of(em, LedgerEntryEntity.class, "LedgerEntryEntity l", where,
                    "l.date, l.id", params, page.offset(), page.limit());
            return new Page<>(found.rows().stream().map(Mapping::line).toList(), found.total(), page.limit(),
                    page.offset());
        });
    }

    /** All lines of the query for an export, refusing more than {@code max}. */
    List<LedgerLine> all(LedgerQuery q, int max) {
        Page<LedgerLine> page = ledger(q, new PageRequest(1, 0));
        if (page.total() > max) {
            throw InvalidInputException.of("from", "该期间台帐共 " + page.total() + " 条，超过一次导出的上限 " + max
                    + " 条，请缩小日期范围");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(q, params);
        return tx.read(em -> {
            TypedQuery<LedgerEntryEntity> rows = em.createQuery("SELECT l FROM LedgerEntryEntity l" + where
                    + " ORDER BY l.date, l.id", LedgerEntryEntity.class);
            params.forEach(rows::setParameter);
            return rows.getResultList().stream().map(Mapping::line).toList();
        });
    }

    private static String where(LedgerQuery q, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q.from() != null) {
            where.append(" AND l.date >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            where.append(" AND l.date <= :to");
            params.put("to", q.to());
        }
        if (q.type() != null) {
            where.append(" AND l.type = :type");
            params.put("type", q.type());
        }
        if (q.action() != null) {
            where.append(" AND l.action = :action");
            params.put("action", q.action());
        }
        if (q.caseId() != null) {
            where.append(" AND l.caseId = :caseId");
            params.put("caseId", q.caseId());
        }
        return where.toString();
    }

    static final List<String> LEDGER_HEADERS = List.of("序号", "日期", "事项", "类别", "案号", "被执行人", "证件号码",
            "纳入情形", "生效日期", "期限至", "宽限期至", "说明", "理由", "申请人", "审批人", "审批编号");

    /** The ledger as the paper one is kept: one line per listing, extension, lifting, removal and expiry. */
    Sheet ledgerSheet(List<LedgerLine> lines, Court court, LocalDate from, LocalDate to, String by,
            LocalDateTime at) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (LedgerLine l : lines) {
            List<Object> row = new ArrayList<>();
            row.add(++n);
            row.add(l.date());
            row.add(l.actionLabel());
            row.add(l.typeLabel());
            row.add(l.caseNumber());
            row.add(l.personName());
            row.add(l.idNumber());
            row.add(l.groundLabel());
            row.add(l.effectiveOn());
            row.add(l.endsOn() == null ? "无固定期限" : l.endsOn());
            row.add(l.graceUntil());
            row.add(l.detail());
            row.add(l.reason());
            row.add(l.requestedBy());
            row.add(l.approvers());
            row.add(l.approvalId());
            rows.add(row);
        }
        return new Sheet("纳入撤销台帐", court.name() + "失信被执行人、限制高消费纳入/撤销台帐（" + period(from, to) + "）",
                LEDGER_HEADERS, rows, List.of("制表：" + by, "制表时间：" + at.format(MINUTES),
                        "证件号码已脱敏；纳入、撤销均经分管院领导审批，撤销另经指挥中心负责人审核（制度第8条）"));
    }

    /** The printable ledger (A4): fewer columns than the spreadsheet, the same lines. */
    PdfDocument ledgerPdf(List<LedgerLine> lines, Court court, LocalDate from, LocalDate to, String by,
            LocalDateTime at) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (LedgerLine l : lines) {
            String term = l.endsOn() == null ? "无固定期限" : l.endsOn().toString();
            String note = l.detail() == null ? "" : l.detail();
            rows.add(List.of(Integer.toString(++n), l.date().toString(), l.actionLabel(), l.type().shortLabel(),
                    l.caseNumber(), l.personName() + (l.idNumber() == null ? "" : "\n" + l.idNumber()),
                    l.action() == LedgerAction.LISTED ? l.groundLabel() : nonNull(l.reason()),
                    nonNull(l.effectiveOn()) + (l.action() == LedgerAction.LISTED ? "\n" + term : "")
                            + (note.isEmpty() ? "" : "\n" + note),
                    nonNull(l.approvers())));
        }
        List<PdfDocument.Block> blocks = new ArrayList<>();
        blocks.add(new PdfDocument.Grid(List.of("序号", "日期", "事项", "类别", "案号", "被执行人/证件号码", "情形/理由",
                "生效日期/期限", "审批人"), List.of(3, 7, 6, 4, 10, 10, 14, 9, 14), rows));
        blocks.add(PdfDocument.Paragraph.of("共 " + lines.size() + " 条。证件号码已脱敏；纳入、撤销均经分管院领导审批，"
                + "撤销另经指挥中心负责人审核（制度第8条）。制表：" + by + "，" + at.format(MINUTES) + "。"));
        blocks.add(new PdfDocument.Signatures(List.of("制表人", "指挥中心负责人")));
        return new PdfDocument(court.name() + "失信被执行人、限制高消费纳入/撤销台帐", period(from, to), blocks,
                court.name() + "执行指挥中心");
    }

    private static String nonNull(Object o) {
        return o == null ? "" : o.toString();
    }

    static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "全部";
        }
        return (from == null ? "" : from.toString()) + " 至 " + (to == null ? "今" : to.toString());
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    // ---------------------------------------------------------------- statistics

    /**
     * The month's figures, each measure counted by its dates: listed (decided in the month), removed (ended by
     * an approved removal in the month; of which after performance), expired (term ran out in the month), in
     * force and in the grace period at the month's end (or today, for the month running), listed in all up to
     * then.
     */
    Statistics statistics(YearMonth month, LocalDate today, Court court) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        LocalDate asOf = to.isAfter(today) ? today : to;
        List<StatisticsRow> rows = tx.read(em -> {
            List<StatisticsRow> r = new ArrayList<>();
            for (RestrictionType type : RestrictionType.values()) {
                r.add(row(em, type, from, to, asOf));
            }
            return r;
        });
        StatisticsRow total = new StatisticsRow(null, "合计", rows.stream().mapToLong(StatisticsRow::listed).sum(),
                rows.stream().mapToLong(StatisticsRow::removed).sum(),
                rows.stream().mapToLong(StatisticsRow::removedAfterPerformance).sum(),
                rows.stream().mapToLong(StatisticsRow::expired).sum(),
                rows.stream().mapToLong(StatisticsRow::inForce).sum(),
                rows.stream().mapToLong(StatisticsRow::inGrace).sum(),
                rows.stream().mapToLong(StatisticsRow::listedInAll).sum());
        return new Statistics(month.toString(), from, asOf, court.name(), court.superiorCourt(), rows, total);
    }

    private static StatisticsRow row(EntityManager em, RestrictionType type, LocalDate from, LocalDate to,
            LocalDate asOf) {
        String base = "SELECT COUNT(e) FROM RestrictionEntity e WHERE e.type = :type AND ";
        long listed = count(em, base + "e.decidedOn >= :from AND e.decidedOn <= :to", type,
                Map.of("from", from, "to", to));
        long removed = count(em, base + "e.endedOn >= :from AND e.endedOn <= :to AND e.endKind <> :expired", type,
                Map.of("from", from, "to", to, "expired", RemovalKind.EXPIRED));
        long performed = count(em, base + "e.endedOn >= :from AND e.endedOn <= :to AND e.endKind = :performed", type,
                Map.of("from", from, "to", to, "performed", RemovalKind.PERFORMED));
        // ran out in the month: the last day in force is the day before a day of the month; counted also before
        // the periodic work has marked it
        long expired = count(em, base + "e.endsOn >= :lastFrom AND e.endsOn <= :lastTo AND e.endsOn < :asOf"
                + " AND (e.endKind IS NULL OR e.endKind = :expired)", type, Map.of("lastFrom", from.minusDays(1),
                        "lastTo", to.minusDays(1), "asOf", asOf, "expired", RemovalKind.EXPIRED));
        long inForce = count(em, base + "e.effectiveOn <= :d AND (e.endedOn IS NULL OR e.endedOn > :d)"
                + " AND (e.endsOn IS NULL OR e.endsOn >= :d)", type, Map.of("d", asOf));
        long inGrace = count(em, base + "e.decidedOn <= :d AND e.effectiveOn > :d AND (e.endedOn IS NULL OR e.endedOn > :d)",
                type, Map.of("d", asOf));
        long inAll = count(em, base + "e.decidedOn <= :d", type, Map.of("d", asOf));
        return new StatisticsRow(type, type.label(), listed, removed, performed, expired, inForce, inGrace, inAll);
    }

    private static long count(EntityManager em, String jpql, RestrictionType type, Map<String, Object> params) {
        TypedQuery<Long> q = em.createQuery(jpql, Long.class).setParameter("type", type);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    static final List<String> STATISTICS_HEADERS = List.of("类别", "本月新纳入", "本月撤销/删除", "其中：履行完毕删除",
            "本月期满删除", "月末生效中", "月末宽限期中", "累计纳入");

    Sheet statisticsSheet(Statistics s, String by, LocalDateTime at) {
        List<List<Object>> rows = new ArrayList<>();
        for (StatisticsRow r : s.rows()) {
            rows.add(statRow(r));
        }
        rows.add(statRow(s.total()));
        YearMonth m = YearMonth.parse(s.month());
        List<String> notes = new ArrayList<>();
        notes.add("填报单位：" + s.court() + "执行指挥中心");
        if (s.superiorCourt() != null && !s.superiorCourt().isBlank()) {
            notes.add("报送：" + s.superiorCourt());
        }
        notes.add("统计期间：" + s.from() + " 至 " + s.to() + "；“月末”数为截至 " + s.to() + " 的数");
        notes.add("制表：" + by + "　制表时间：" + at.format(MINUTES));
        return new Sheet("失信限高统计", s.court() + "失信被执行人、限制高消费情况统计表（" + m.getYear() + "年"
                + m.getMonthValue() + "月）", STATISTICS_HEADERS, rows, notes);
    }

    private static List<Object> statRow(StatisticsRow r) {
        List<Object> row = new ArrayList<>();
        row.add(r.typeLabel());
        row.add(r.listed());
        row.add(r.removed());
        row.add(r.removedAfterPerformance());
        row.add(r.expired());
        row.add(r.inForce());
        row.add(r.inGrace());
        row.add(r.listedInAll());
        return row;
    }
}
