package cn.ecc.core.internal.approvals;

import cn.ecc.api.approvals.ApprovalStep;
import cn.ecc.api.approvals.ApprovalTopics;
import cn.ecc.api.approvals.ApprovalView;
import cn.ecc.api.approvals.Decision;
import cn.ecc.api.court.Court;
import cn.ecc.api.docs.PdfDocument;
import cn.ecc.api.docs.PdfDocument.Block;
import cn.ecc.api.docs.PdfDocument.Field;
import cn.ecc.api.docs.PdfDocument.Fields;
import cn.ecc.api.docs.PdfDocument.Grid;
import cn.ecc.api.docs.PdfDocument.Signatures;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.security.StaffMember;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The approval form (审批单) for the paper file: what was asked, why, and each step's person, decision and time. */
final class ApprovalForm {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final Map<String, String> DETAIL_LABELS = Map.of(ApprovalTopics.NEW_HANDLER, "新承办人",
            ApprovalTopics.DAYS, "延长天数");

    private ApprovalForm() {
    }

    static PdfDocument of(ApprovalView a, Court court, StaffDirectory staff, ZoneId zone, Instant printedAt) {
        List<Block> blocks = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("审批编号", Long.toString(a.id())));
        fields.add(new Field("案号", a.caseNumber()));
        fields.add(new Field("审批事项", a.type().label()));
        fields.add(new Field("申请人", person(staff, a.requester())));
        fields.add(new Field("申请时间", time(a.requestedAt(), zone)));
        fields.add(new Field("申请理由", a.reason()));
        new TreeMap<>(a.details()).forEach((k, v) -> fields.add(new Field(DETAIL_LABELS.getOrDefault(k, k),
                ApprovalTopics.NEW_HANDLER.equals(k) ? person(staff, v)
                        : ApprovalTopics.DAYS.equals(k) ? v + " 日" : v)));
        fields.add(new Field("审批结果", a.state().label() + (a.decidedAt() == null ? "" : "（" + time(a.decidedAt(), zone)
                + "）")));
        blocks.add(new Fields(fields));

        List<List<String>> rows = new ArrayList<>();
        for (ApprovalStep s : a.steps()) {
            rows.add(List.of(Integer.toString(s.index() + 1), JpaApprovalService.roleLabels(s.role()),
                    s.decider() == null ? "" : person(staff, s.decider()),
                    s.decision() == null ? "待审批" : s.decision() == Decision.APPROVE ? "同意" : "不同意",
                    s.comment() == null ? "" : s.comment(), s.decidedAt() == null ? "" : time(s.decidedAt(), zone)));
        }
        blocks.add(new Grid(List.of("环节", "审批角色", "审批人", "意见", "审批意见", "时间"),
                List.of(1, 3, 3, 2, 6, 4), rows));

        List<String> signatures = new ArrayList<>();
        signatures.add("申请人");
        a.steps().forEach(s -> signatures.add(JpaApprovalService.roleLabels(s.role())));
        blocks.add(new Signatures(signatures));

        return new PdfDocument(court.name() + "执行局审批单", a.type().label() + "　" + a.caseNumber(), blocks,
                court.name() + "　审批编号 " + a.id() + "　打印于 " + time(printedAt, zone));
    }

    private static String person(StaffDirectory staff, String username) {
        return staff.find(username).map(StaffMember::name).map(n -> n + "（" + username + "）").orElse(username);
    }

    private static String time(Instant t, ZoneId zone) {
        return LocalDateTime.ofInstant(t, zone).format(TIME);
    }
}
