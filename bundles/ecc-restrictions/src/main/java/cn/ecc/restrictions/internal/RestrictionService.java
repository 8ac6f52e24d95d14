package cn.ecc.restrictions.internal;

import cn.ecc.api.approvals.ApprovalService;
import cn.ecc.api.approvals.ApprovalView;
import cn.ecc.api.approvals.NewApproval;
import cn.ecc.api.audit.AuditTrail;
import cn.ecc.api.calendar.WorkCalendar;
import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseService;
import cn.ecc.api.cases.CaseStatus;
import cn.ecc.api.cases.Party;
import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.common.Violation;
import cn.ecc.api.court.CourtService;
import cn.ecc.api.docs.DocumentService;
import cn.ecc.api.nodes.NodeService;
import cn.ecc.api.nodes.NodeView;
import cn.ecc.api.privacy.Masks;
import cn.ecc.api.restrictions.RestrictionPermissions;
import cn.ecc.api.restrictions.RestrictionTopics;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.time.EccClock;
import cn.ecc.persistence.AfterCommit;
import cn.ecc.persistence.JpqlPage;
import cn.ecc.persistence.Transactions;
import cn.ecc.restrictions.internal.Views.ExtensionInput;
import cn.ecc.restrictions.internal.Views.LedgerLine;
import cn.ecc.restrictions.internal.Views.LedgerQuery;
import cn.ecc.restrictions.internal.Views.ListingInput;
import cn.ecc.restrictions.internal.Views.Measure;
import cn.ecc.restrictions.internal.Views.RemovalInput;
import cn.ecc.restrictions.internal.Views.RequestView;
import cn.ecc.restrictions.internal.Views.RestrictionView;
import cn.ecc.restrictions.internal.Views.Statistics;
import cn.ecc.restrictions.internal.Views.TemporaryLiftInput;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javax.persistence.EntityManager;
import javax.transaction.TransactionSynchronizationRegistry;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The restrictions area's work (失信被执行人名单、限制高消费, regulation item 8): requests checked against the
 * rules and sent to their approval; the approved ones carried out ({@link Decisions}); reads, the ledger and the
 * statistics. REST resources and shell commands are thin layers over it.
 *
 * <p>There is no method that ends a restriction on a person's say: removal is a request like any other, and only
 * the approval service's final decision (the court leader's approval and the command center head's review)
 * carries it out.
 */
@Component(service = RestrictionService.class, configurationPid = "ecc.restrictions")
@Designate(ocd = RestrictionsConfig.class)
public class RestrictionService {

    private static final Logger LOG = LoggerFactory.getLogger(RestrictionService.class);
    static final int MAX_REASON = 500;
    static final int MAX_REMOVAL_ITEMS = 20;

    private final Transactions tx;
    private final CaseService cases;
    private final ApprovalService approvals;
    private final DocumentService documents;
    private final StaffDirectory staff;
    private final CourtService courts;
    private final EccClock clock;
    private final Effects fx;
    private final Terms terms;
    private final Decisions decisions;
    private final Reports reports;
    private volatile RestrictionsConfig config;

    @Activate
    public RestrictionService(@Reference(target = "(osgi.unit.name=ecc-restrictions)") JpaTemplate jpa,
            @Reference CaseService cases, @Reference ApprovalService approvals, @Reference NodeService nodes,
            @Reference WorkCalendar calendar, @Reference DocumentService documents, @Reference StaffDirectory staff,
            @Reference CourtService courts, @Reference AuditTrail audit, @Reference EventAdmin events,
            @Reference TransactionSynchronizationRegistry registry,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) EccClock clock, RestrictionsConfig config) {
        this(new Transactions(jpa), cases, approvals, nodes, calendar, documents, staff, courts, audit,
                new AfterCommit(events, registry), clock, config);
        tx.prepare();
    }

    public RestrictionService(Transactions tx, CaseService cases, ApprovalService approvals, NodeService nodes,
            WorkCalendar calendar, DocumentService documents, StaffDirectory staff, CourtService courts,
            AuditTrail audit, AfterCommit events, EccClock clock, RestrictionsConfig config) {
        this.tx = tx;
        this.cases = cases;
        this.approvals = approvals;
        this.documents = documents;
        this.staff = staff;
        this.courts = courts;
        this.clock = clock;
        this.config = config;
        this.fx = new Effects(audit, events, nodes, clock);
        this.terms = new Terms(calendar);
        this.decisions = new Decisions(tx, approvals, staff, fx, terms, () -> this.config);
        this.reports = new Reports(tx);
    }

    @Modified
    void modified(RestrictionsConfig config) {
        this.config = config;
    }

    RestrictionsConfig config() {
        return config;
    }

    // ================================================================ requests

    /**
     * Asks to list a respondent as a dishonest debtor and/or to restrict their consumption. Refused, naming the
     * field: a person who is not a respondent of the case, a minor (on the day of the request; checked again on
     * the day of the decision), a measure the person already has on the same ground, a ground that does not
     * belong to the measure.
     */
    public RequestView requestListing(ListingInput in, Actor actor) {
        actor.require(RestrictionPermissions.REQUEST);
        checkListing(in);
        CaseDetail c = caseWithPersonalData(in.caseId(), actor);
        if (c.status() == CaseStatus.CLOSED) {
            throw new ConflictException("案件 " + c.number() + " 已结案，不能申请纳入失信被执行人名单或限制消费");
        }
        Party p = ListingRules.respondent(c, in.partyId(), "partyId");
        LocalDate today = clock.today();
        Optional<LocalDate> birth = ListingRules.birthDate(p, in.birthDate(), "birthDate");
        ListingRules.refuseMinor(birth, today, "partyId");
        String personKey = ListingRules.personKey(p);
        boolean withDishonest = in.restrictions().stream().anyMatch(m -> m.type() == RestrictionType.DISHONEST);
        return tx.required(em -> {
            RequestEntity r = new RequestEntity();
            for (int i = 0; i < in.restrictions().size(); i++) {
                Measure m = in.restrictions().get(i);
                String field = "restrictions[" + i + "].ground";
                refuseDuplicate(em, c.id(), personKey, m, field, today);
                if (m.ground() == Ground.LISTED_DISHONEST && !withDishonest
                        && !hasActive(em, c.id(), personKey, RestrictionType.DISHONEST, today)) {
                    throw InvalidInputException.of(field, "该被执行人未被纳入失信被执行人名单，不能以此情形限制消费；"
                            + "请选择其他情形，或同时申请纳入失信被执行人名单");
                }
                if (m.type() == RestrictionType.DISHONEST) {
                    r.dishonestGround = m.ground();
                } else {
                    r.consumptionGround = m.ground();
                }
            }
            r.kind = RequestKind.LISTING;
            r.caseId = c.id();
            r.caseNumber = c.number();
            r.partyId = p.id();
            r.personName = p.name();
            r.personKind = p.kind();
            r.idMasked = Masks.idNumber(p.idNumber());
            r.personKey = personKey;
            r.birthDate = birth.orElse(null);
            r.graceMonths = in.graceMonths() == null ? 0 : in.graceMonths();
            r.reason = in.reason().strip();
            r.summary = listingSummary(r);
            return submit(em, r, actor);
        });
    }

    private static void checkListing(ListingInput in) {
        if (in == null) {
            throw InvalidInputException.of("", "请求内容不能为空");
        }
        List<Violation> v = new ArrayList<>();
        if (in.caseId() == null) {
            v.add(new Violation("caseId", "必须填写"));
        }
        if (in.partyId() == null) {
            v.add(new Violation("partyId", "必须填写被执行人（当事人编号）"));
        }
        if (in.restrictions() == null || in.restrictions().isEmpty()) {
            v.add(new Violation("restrictions", "至少选择一项：失信被执行人（DISHONEST）或限制高消费（CONSUMPTION）"));
        } else {
            Set<RestrictionType> seen = new HashSet<>();
            for (int i = 0; i < in.restrictions().size(); i++) {
                Measure m = in.restrictions().get(i);
                String at = "restrictions[" + i + "]";
                if (m == null || m.type() == null) {
                    v.add(new Violation(at + ".type", "必须填写：DISHONEST（失信）或 CONSUMPTION（限高）"));
                    continue;
                }
                if (!seen.add(m.type())) {
                    v.add(new Violation(at + ".type", "同一措施只能列一次"));
                }
                if (m.ground() == null) {
                    v.add(new Violation(at + ".ground", "必须填写纳入情形，可选：" + grounds(m.type())));
                } else if (m.ground().type() != m.type()) {
                    v.add(new Violation(at + ".ground", "不是" + m.type().label() + "的情形，可选：" + grounds(m.type())));
                }
            }
        }
        Integer grace = in.graceMonths();
        if (grace != null && grace != 0 && (grace < Terms.MIN_GRACE_MONTHS || grace > Terms.MAX_GRACE_MONTHS)) {
            v.add(new Violation("graceMonths", "宽限期须为 1 至 3 个月；不设宽限期填 0"));
        }
        reason(in.reason(), v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private static String grounds(RestrictionType type) {
        StringBuilder sb = new StringBuilder();
        for (Ground g : Ground.values()) {
            if (g.type() == type) {
                sb.append(sb.length() == 0 ? "" : ", ").append(g.name());
            }
        }
        return sb.toString();
    }

    private static void reason(String reason, List<Violation> v) {
        if (reason == null || reason.isBlank()) {
            v.add(new Violation("reason", "必须填写申请理由"));
        } else if (reason.strip().length() > MAX_REASON) {
            v.add(new Violation("reason", "不超过 " + MAX_REASON + " 字"));
        }
    }

    /**
     * The case with the parties' full ID numbers, which the rules need (a minor, the same person twice): read as
     * the platform once the actor is known to read cases (reading one needs nothing more). The actor is not shown
     * the numbers, so no personal-data read is audited in their name.
     */
    private CaseDetail caseWithPersonalData(long caseId, Actor actor) {
        actor.require(Permissions.CASE_READ);
        return cases.get(caseId, Actor.system());
    }

    private void refuseDuplicate(EntityManager em, long caseId, String personKey, Measure m, String field,
            LocalDate today) {
        RestrictionEntity existing = em.createQuery("SELECT e FROM RestrictionEntity e WHERE e.activeKey = :k",
                RestrictionEntity.class).setParameter("k", RestrictionEntity.activeKey(caseId, personKey, m.type(),
                        m.ground())).getResultList().stream().findFirst().orElse(null);
        if (existing != null && !Mapping.expiredBy(existing, today)) {
            throw InvalidInputException.of(field, "该被执行人已因“" + m.ground().label() + "”被纳入" + m.type().label()
                    + "（编号 " + existing.id + "，" + Mapping.effectiveState(existing, today).label() + "），不得重复纳入");
        }
        String groundColumn = m.type() == RestrictionType.DISHONEST ? "r.dishonestGround" : "r.consumptionGround";
        List<Long> pending = em.createQuery("SELECT r.id FROM RequestEntity r WHERE r.caseId = :c AND r.personKey = :p"
                + " AND r.kind = :kind AND r.state = :pending AND " + groundColumn + " = :g", Long.class)
                .setParameter("c", caseId).setParameter("p", personKey).setParameter("kind", RequestKind.LISTING)
                .setParameter("pending", RequestState.PENDING).setParameter("g", m.ground()).getResultList();
        if (!pending.isEmpty()) {
            throw InvalidInputException.of(field, "该被执行人因同一情形纳入" + m.type().label() + "的申请正在审批中（申请编号 "
                    + pending.get(0) + "），不得重复申请");
        }
    }

    private static boolean hasActive(EntityManager em, long caseId, String personKey, RestrictionType type,
            LocalDate today) {
        return em.createQuery("SELECT e FROM RestrictionEntity e WHERE e.caseId = :c AND e.personKey = :p"
                + " AND e.type = :t AND e.state <> :ended", RestrictionEntity.class).setParameter("c", caseId)
                .setParameter("p", personKey).setParameter("t", type).setParameter("ended", RestrictionState.ENDED)
                .getResultList().stream().anyMatch(e -> !Mapping.expiredBy(e, today));
    }

    private static String listingSummary(RequestEntity r) {
        StringBuilder sb = new StringBuilder("申请对被执行人").append(r.personName).append("（").append(r.personKind.label());
        if (r.idMasked != null) {
            sb.append("，").append(r.idMasked);
        }
        sb.append("）");
        List<String> what = new ArrayList<>();
        if (r.dishonestGround != null) {
            what.add("纳入失信被执行人名单（" + r.dishonestGround.basis() + "：" + r.dishonestGround.label() + "）");
        }
        if (r.consumptionGround != null) {
            what.add("限制高消费（" + r.consumptionGround.basis() + "：" + r.consumptionGround.label() + "）");
        }
        sb.append(String.join("并", what));
        if (r.graceMonths != null && r.graceMonths > 0) {
            sb.append("，给予宽限期").append(r.graceMonths).append("个月");
        }
        return Effects.cut(sb.toString(), 480);
    }

    /** Asks to extend a 失信 listing's term by 1–3 years (at most 3 in all): the listing approval decides. */
    public RequestView requestExtension(ExtensionInput in, Actor actor) {
        actor.require(RestrictionPermissions.REQUEST);
        actor.require(Permissions.CASE_READ);
        if (in == null) {
            throw InvalidInputException.of("", "请求内容不能为空");
        }
        List<Violation> v = new ArrayList<>();
        if (in.restrictionId() == null) {
            v.add(new Violation("restrictionId", "必须填写"));
        }
        if (in.years() == null || in.years() < Terms.MIN_EXTENSION_YEARS || in.years() > Terms.MAX_EXTENSION_YEARS) {
            v.add(new Violation("years", "延长期限须为 1 至 3 年"));
        }
        reason(in.reason(), v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        LocalDate today = clock.today();
        return tx.required(em -> {
            RestrictionEntity e = find(em, in.restrictionId());
            if (e.type != RestrictionType.DISHONEST) {
                throw InvalidInputException.of("restrictionId", "只有失信被执行人名单可以延长期限");
            }
            refuseEnded(e, today, "restrictionId");
            if (e.termMonths == null) {
                throw InvalidInputException.of("restrictionId", "该失信名单无固定期限，无须延长");
            }
            if (e.extensionMonths + in.years() * 12 > Terms.MAX_EXTENSION_YEARS * 12) {
                throw InvalidInputException.of("years", "累计延长不得超过" + Terms.MAX_EXTENSION_YEARS + "年（已延长"
                        + Mapping.months(e.extensionMonths) + "）");
            }
            RequestEntity r = new RequestEntity();
            r.kind = RequestKind.EXTENSION;
            r.caseId = e.caseId;
            r.caseNumber = e.caseNumber;
            r.restrictionIds = e.id.toString();
            r.extensionYears = in.years();
            r.reason = in.reason().strip();
            r.summary = "申请延长失信被执行人" + e.personName + "（编号 " + e.id + "，" + e.ground.label() + "）的名单期限"
                    + in.years() + "年；现期限至" + e.endsOn;
            return submit(em, r, actor);
        });
    }

    /**
     * Asks to remove restrictions of one case (撤销、删除、屏蔽、解除). Nothing changes until the removal approval
     * (the court leader, then the command center head's review) is final. For a deletion after performance the
     * node "delete within 3 working days" opens now, counted from the day of performance.
     */
    public RequestView requestRemoval(RemovalInput in, Actor actor) {
        actor.require(RestrictionPermissions.REQUEST);
        actor.require(Permissions.CASE_READ);
        if (in == null) {
            throw InvalidInputException.of("", "请求内容不能为空");
        }
        LocalDate today = clock.today();
        List<Violation> v = new ArrayList<>();
        if (in.restrictionIds() == null || in.restrictionIds().isEmpty()) {
            v.add(new Violation("restrictionIds", "至少选择一项限制措施"));
        } else if (in.restrictionIds().size() > MAX_REMOVAL_ITEMS) {
            v.add(new Violation("restrictionIds", "一次最多 " + MAX_REMOVAL_ITEMS + " 项"));
        } else {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < in.restrictionIds().size(); i++) {
                Long id = in.restrictionIds().get(i);
                if (id == null || !seen.add(id)) {
                    v.add(new Violation("restrictionIds[" + i + "]", id == null ? "不能为空" : "重复"));
                }
            }
        }
        if (in.kind() == null) {
            v.add(new Violation("kind", "必须填写：PERFORMED（履行完毕删除）、DELETED（删除）、REVOKED（撤销）、"
                    + "SHIELDED（屏蔽）或 LIFTED（解除限制消费）"));
        } else if (!in.kind().requestable()) {
            v.add(new Violation("kind", "期满由系统自动删除，无须申请"));
        }
        if (in.kind() == RemovalKind.PERFORMED) {
            if (in.performedOn() == null) {
                v.add(new Violation("performedOn", "履行完毕删除须填写履行完毕日期"));
            } else if (in.performedOn().isAfter(today)) {
                v.add(new Violation("performedOn", "不能晚于今天"));
            }
        } else if (in.performedOn() != null) {
            v.add(new Violation("performedOn", "仅履行完毕删除（PERFORMED）时填写"));
        }
        reason(in.reason(), v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return tx.required(em -> {
            List<RestrictionEntity> list = new ArrayList<>();
            for (int i = 0; i < in.restrictionIds().size(); i++) {
                String field = "restrictionIds[" + i + "]";
                RestrictionEntity e = em.find(RestrictionEntity.class, in.restrictionIds().get(i));
                if (e == null) {
                    throw InvalidInputException.of(field, "没有编号为 " + in.restrictionIds().get(i) + " 的限制措施");
                }
                if (!list.isEmpty() && list.get(0).caseId != e.caseId) {
                    throw InvalidInputException.of(field, "一次申请只能撤销同一案件的限制措施");
                }
                refuseEnded(e, today, field);
                if (!in.kind().appliesTo(e.type)) {
                    throw InvalidInputException.of("kind", in.kind().label() + "不适用于" + e.type.label() + "（编号 "
                            + e.id + "）");
                }
                list.add(e);
            }
            RestrictionEntity first = list.get(0);
            RequestEntity r = new RequestEntity();
            r.kind = RequestKind.REMOVAL;
            r.caseId = first.caseId;
            r.caseNumber = first.caseNumber;
            r.restrictionIds = Mapping.idText(list.stream().map(e -> e.id).toList());
            r.removalKind = in.kind();
            r.performedOn = in.performedOn();
            r.reason = in.reason().strip();
            if (in.kind() == RemovalKind.PERFORMED) {
                NodeView node = fx.openPerformanceNode(r.caseId, in.performedOn());
                r.performanceNodeId = node.id();
                r.deleteBy = node.dueAt() == null ? null : node.dueAt().toLocalDate();
            }
            StringBuilder sb = new StringBuilder("申请").append(in.kind().label()).append("：");
            List<String> items = new ArrayList<>();
            for (RestrictionEntity e : list) {
                items.add(e.type.label() + " " + e.personName + "（编号 " + e.id + "，" + e.ground.label() + "）");
            }
            sb.append(String.join("；", items));
            if (r.performedOn != null) {
                sb.append("。履行完毕日期 ").append(r.performedOn);
                if (r.deleteBy != null) {
                    sb.append("，应于 ").append(r.deleteBy).append(" 前删除");
                }
            }
            r.summary = Effects.cut(sb.toString(), 480);
            RequestView view = submit(em, r, actor);
            if (in.kind() == RemovalKind.PERFORMED) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put(RestrictionTopics.REQUEST_ID, r.id);
                p.put(RestrictionTopics.APPROVAL_ID, r.approvalId);
                p.put(RestrictionTopics.KIND, r.removalKind);
                fx.post(RestrictionTopics.PERFORMED, r.caseId, r.caseNumber, actor, p);
            }
            return view;
        });
    }

    /**
     * Asks to lift a travel ban for a dated period of at most one month (illness, a relative's funeral, an urgent
     * official trip); the restriction stays in force. Goes through the removal approval.
     */
    public RequestView requestTemporaryLift(TemporaryLiftInput in, Actor actor) {
        actor.require(RestrictionPermissions.REQUEST);
        actor.require(Permissions.CASE_READ);
        if (in == null) {
            throw InvalidInputException.of("", "请求内容不能为空");
        }
        LocalDate today = clock.today();
        List<Violation> v = new ArrayList<>();
        if (in.restrictionId() == null) {
            v.add(new Violation("restrictionId", "必须填写"));
        }
        if (in.from() == null) {
            v.add(new Violation("from", "必须填写暂时解除的起始日期"));
        } else if (in.from().isBefore(today)) {
            v.add(new Violation("from", "不能早于今天"));
        }
        if (in.to() == null) {
            v.add(new Violation("to", "必须填写暂时解除的截止日期"));
        } else if (in.from() != null && in.to().isBefore(in.from())) {
            v.add(new Violation("to", "不能早于起始日期"));
        } else if (in.from() != null && in.to().isAfter(Terms.latestLiftEnd(in.from()))) {
            v.add(new Violation("to", "暂时解除期间最长一个月，至迟 " + Terms.latestLiftEnd(in.from())));
        }
        reason(in.reason(), v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return tx.required(em -> {
            RestrictionEntity e = find(em, in.restrictionId());
            if (e.type != RestrictionType.CONSUMPTION) {
                throw InvalidInputException.of("restrictionId", "暂时解除只适用于限制消费措施（乘坐飞机、高铁等）");
            }
            refuseEnded(e, today, "restrictionId");
            RequestEntity r = new RequestEntity();
            r.kind = RequestKind.TEMPORARY_LIFT;
            r.caseId = e.caseId;
            r.caseNumber = e.caseNumber;
            r.restrictionIds = e.id.toString();
            r.liftFrom = in.from();
            r.liftTo = in.to();
            r.reason = in.reason().strip();
            r.summary = "申请暂时解除被执行人" + e.personName + "（编号 " + e.id + "）乘坐飞机、高铁等限制，期间 " + in.from()
                    + " 至 " + in.to();
            return submit(em, r, actor);
        });
    }

    private static void refuseEnded(RestrictionEntity e, LocalDate today, String field) {
        if (Mapping.effectiveState(e, today) == RestrictionState.ENDED) {
            RemovalKind kind = e.endKind == null ? RemovalKind.EXPIRED : e.endKind;
            LocalDate on = e.endedOn == null ? e.endsOn.plusDays(1) : e.endedOn;
            throw InvalidInputException.of(field, "该限制措施（编号 " + e.id + "）已于 " + on + " " + kind.label());
        }
    }

    /** Stores the request and asks for its approval in the same transaction: both or neither. */
    private RequestView submit(EntityManager em, RequestEntity r, Actor actor) {
        r.state = RequestState.PENDING;
        r.requestedBy = actor.username();
        r.requestedAt = clock.now();
        em.persist(r);
        em.flush();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("restrictionRequestId", r.id.toString());
        details.put("requestKind", r.kind.name());
        if (r.restrictionIds != null) {
            details.put("restrictionIds", r.restrictionIds);
        }
        ApprovalView a = approvals.request(new NewApproval(r.kind.approvalType(), r.caseId,
                Effects.cut(r.summary + "。申请理由：" + r.reason, 1000), details), actor);
        r.approvalId = a.id();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", r.kind);
        after.put("summary", r.summary);
        after.put("reason", r.reason);
        after.put("approvalId", a.id());
        fx.audit(actor, "restriction.request." + r.kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "restriction-request", r.id, r.caseId, Map.of(), after);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(RestrictionTopics.REQUEST_ID, r.id);
        p.put(RestrictionTopics.APPROVAL_ID, a.id());
        p.put(RestrictionTopics.KIND, r.kind);
        fx.post(RestrictionTopics.REQUESTED, r.caseId, r.caseNumber, actor, p);
        return Mapping.view(r);
    }

    // ================================================================ reads

    public RequestView request(long id, Actor actor) {
        actor.require(RestrictionPermissions.READ);
        return tx.read(em -> {
            RequestEntity r = em.find(RequestEntity.class, id);
            if (r == null) {
                throw new NotFoundException("没有编号为 " + id + " 的失信/限高申请");
            }
            return Mapping.view(r);
        });
    }

    /** Requests, newest first; every criterion optional. */
    public Page<RequestView> requests(Long caseId, RequestState state, RequestKind kind, PageRequest page,
            Actor actor) {
        actor.require(RestrictionPermissions.READ);
        PageRequest p = page == null ? PageRequest.first() : page;
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (caseId != null) {
            where.append(" AND r.caseId = :caseId");
            params.put("caseId", caseId);
        }
        if (state != null) {
            where.append(" AND r.state = :state");
            params.put("state", state);
        }
        if (kind != null) {
            where.append(" AND r.kind = :kind");
            params.put("kind", kind);
        }
        return tx.read(em -> {
            JpqlPage<RequestEntity> found = JpqlPage.of(em, RequestEntity.class, "RequestEntity r", where.toString(),
                    "r.requestedAt DESC, r.id DESC", params, p.offset(), p.limit());
            return new Page<>(found.rows().stream().map(Mapping::view).toList(), found.total(), p.limit(),
                    p.offset());
        });
    }

    public RestrictionView get(long id, Actor actor) {
        actor.require(RestrictionPermissions.READ);
        LocalDate today = clock.today();
        return tx.read(em -> {
            RestrictionEntity e = find(em, id);
            return Mapping.view(e, today, lifts(em, List.of(e.id)).getOrDefault(e.id, List.of()));
        });
    }

    /** The restrictions of a case, in the order they were recorded. */
    public List<RestrictionView> ofCase(long caseId, Actor actor) {
        actor.require(RestrictionPermissions.READ);
        return search(new Query(caseId, null, null, null), new PageRequest(PageRequest.MAX_LIMIT, 0), actor).items();
    }

    /**
     * Which restrictions to list; every criterion optional.
     *
     * @param state judged by the dates today (a term that ran out is ended even before the periodic work ran)
     * @param text  part of the person's name or of the case number
     */
    public record Query(Long caseId, RestrictionState state, RestrictionType type, String text) {
    }

    public Page<RestrictionView> search(Query q, PageRequest page, Actor actor) {
        actor.require(RestrictionPermissions.READ);
        PageRequest p = page == null ? PageRequest.first() : page;
        LocalDate today = clock.today();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.caseId() != null) {
            where.append(" AND e.caseId = :caseId");
            params.put("caseId", q.caseId());
        }
        if (q.type() != null) {
            where.append(" AND e.type = :type");
            params.put("type", q.type());
        }
        if (q.state() != null) {
            params.put("ended", RestrictionState.ENDED);
            params.put("today", today);
            where.append(switch (q.state()) {
                case GRACE -> " AND e.state <> :ended AND e.effectiveOn > :today";
                case IN_FORCE -> " AND e.state <> :ended AND e.effectiveOn <= :today"
                        + " AND (e.endsOn IS NULL OR e.endsOn >= :today)";
                case ENDED -> " AND (e.state = :ended OR e.endsOn < :today)";
            });
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" AND (e.personName LIKE :text OR e.caseNumber LIKE :text)");
            params.put("text", "%" + q.text().strip().replace("%", "").replace("_", "") + "%");
        }
        return tx.read(em -> {
            JpqlPage<RestrictionEntity> found = JpqlPage.of(em, RestrictionEntity.class, "RestrictionEntity e",
                    where.toString(), "e.id", params, p.offset(), p.limit());
            Map<Long, List<TemporaryLiftEntity>> lifts = lifts(em, found.rows().stream().map(e -> e.id).toList());
            return new Page<>(found.rows().stream()
                    .map(e -> Mapping.view(e, today, lifts.getOrDefault(e.id, List.of()))).toList(), found.total(),
                    p.limit(), p.offset());
        });
    }

    private static Map<Long, List<TemporaryLiftEntity>> lifts(EntityManager em, List<Long> ids) {
        Map<Long, List<TemporaryLiftEntity>> m = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return m;
        }
        em.createQuery("SELECT l FROM TemporaryLiftEntity l WHERE l.restrictionId IN :ids ORDER BY l.from",
                TemporaryLiftEntity.class).setParameter("ids", ids).getResultList()
                .forEach(l -> m.computeIfAbsent(l.restrictionId, k -> new ArrayList<>()).add(l));
        return m;
    }

    private static RestrictionEntity find(EntityManager em, long id) {
        RestrictionEntity e = em.find(RestrictionEntity.class, id);
        if (e == null) {
            throw new NotFoundException("没有编号为 " + id + " 的失信/限高措施");
        }
        return e;
    }

    // ================================================================ ledger and statistics

    public Page<LedgerLine> ledger(LedgerQuery q, PageRequest page, Actor actor) {
        actor.require(RestrictionPermissions.LEDGER_READ);
        checkPeriod(q);
        return reports.ledger(q, page == null ? PageRequest.first() : page);
    }

    /** The ledger of the period as XLSX (the whole period, up to {@link Reports#MAX_EXPORT_LINES} lines). */
    public byte[] ledgerXlsx(LedgerQuery q, Actor actor) {
        actor.require(RestrictionPermissions.LEDGER_READ);
        checkPeriod(q);
        List<LedgerLine> lines = reports.all(q, Reports.MAX_EXPORT_LINES);
        return documents.xlsx(List.of(reports.ledgerSheet(lines, courts.court(), q.from(), q.to(),
                actor.displayName(), clock.localNow())));
    }

    /** The ledger of the period for printing (PDF, A4). */
    public byte[] ledgerPdf(LedgerQuery q, Actor actor) {
        actor.require(RestrictionPermissions.LEDGER_READ);
        checkPeriod(q);
        List<LedgerLine> lines = reports.all(q, Reports.MAX_PRINT_LINES);
        return documents.pdf(List.of(reports.ledgerPdf(lines, courts.court(), q.from(), q.to(), actor.displayName(),
                clock.localNow())));
    }

    private static void checkPeriod(LedgerQuery q) {
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            throw InvalidInputException.of("to", "截止日期不能早于起始日期");
        }
    }

    public Statistics statistics(YearMonth month, Actor actor) {
        actor.require(RestrictionPermissions.LEDGER_READ);
        LocalDate today = clock.today();
        if (month == null) {
            throw InvalidInputException.of("month", "必须填写统计月份（YYYY-MM）");
        }
        if (month.isAfter(YearMonth.from(today))) {
            throw InvalidInputException.of("month", "不能晚于本月");
        }
        return reports.statistics(month, today, courts.court());
    }

    public byte[] statisticsXlsx(YearMonth month, Actor actor) {
        Statistics s = statistics(month, actor);
        return documents.xlsx(List.of(reports.statisticsSheet(s, actor.displayName(), clock.localNow())));
    }

    // ================================================================ decisions and the calendar

    /**
     * Carries out an approval's final decision if it belongs to a pending request of this area (the only way a
     * restriction is created, extended, lifted or removed). Idempotent.
     */
    boolean onDecided(long approvalId) {
        return decisions.decided(approvalId);
    }

    /** What a run of the periodic work changed. */
    record SweepResult(int decided, int inForce, int expired, int recomputed) {
    }

    /**
     * The periodic work: decisions that arrived while this area was not installed (or whose event was lost),
     * grace periods that are over, terms that ran out, and term ends in a year whose holidays became known.
     */
    SweepResult sweep() {
        int decided = 0;
        List<Long> pending = tx.read(em -> em.createQuery("SELECT r.approvalId FROM RequestEntity r"
                + " WHERE r.state = :pending AND r.approvalId IS NOT NULL ORDER BY r.id", Long.class)
                .setParameter("pending", RequestState.PENDING).getResultList());
        for (Long approvalId : pending) {
            try {
                if (decisions.decided(approvalId)) {
                    decided++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not carry out the decision of approval {}; will try again", approvalId, e);
            }
        }
        LocalDate today = clock.today();
        int inForce = each(ids("SELECT e.id FROM RestrictionEntity e WHERE e.state = :s AND e.effectiveOn <= :d",
                RestrictionState.GRACE, today), e -> e.state == RestrictionState.GRACE && !e.effectiveOn.isAfter(today),
                decisions::enterIntoForce);
        int expired = each(ids("SELECT e.id FROM RestrictionEntity e WHERE e.state <> :s AND e.endsOn < :d",
                RestrictionState.ENDED, today), e -> Mapping.expiredBy(e, today), decisions::expire);
        int year = today.getYear();
        while (terms.covers(year) && year < today.getYear() + 50) {
            year++;
        }
        int recomputed = each(ids("SELECT e.id FROM RestrictionEntity e WHERE e.state <> :s AND e.endsProvisional = TRUE"
                + " AND e.endsOn < :d", RestrictionState.ENDED, LocalDate.of(year, 1, 1)),
                e -> e.state != RestrictionState.ENDED && e.endsProvisional && e.termMonths != null,
                decisions::recomputeEnd);
        if (decided + inForce + expired + recomputed > 0) {
            LOG.info("Restrictions: {} decisions carried out, {} in force after their grace period, {} expired, "
                    + "{} term ends recomputed", decided, inForce, expired, recomputed);
        }
        return new SweepResult(decided, inForce, expired, recomputed);
    }

    private List<Long> ids(String jpql, RestrictionState state, LocalDate day) {
        return tx.read(em -> em.createQuery(jpql + " ORDER BY e.id", Long.class).setParameter("s", state)
                .setParameter("d", day).getResultList());
    }

    /** Changes each restriction in a transaction of its own; one that changed meanwhile is left to the next run. */
    private int each(List<Long> ids, Predicate<RestrictionEntity> still, BiConsumer<EntityManager, RestrictionEntity> change) {
        int n = 0;
        for (Long id : ids) {
            try {
                n += tx.required(em -> {
                    RestrictionEntity e = em.find(RestrictionEntity.class, id);
                    if (e == null || !still.test(e)) {
                        return 0;
                    }
                    change.accept(em, e);
                    em.flush();
                    return 1;
                });
            } catch (RuntimeException e) {
                if (Transactions.isOptimisticLockFailure(e)) {
                    LOG.debug("Restriction {} changed concurrently; left to the next run", id);
                } else {
                    LOG.warn("Could not update restriction {}; will try again", id, e);
                }
            }
        }
        return n;
    }
}
