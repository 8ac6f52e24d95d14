package cn.ecc.core.internal.demo;

import cn.ecc.api.approvals.ApprovalService;
import cn.ecc.api.approvals.ApprovalTopics;
import cn.ecc.api.approvals.ApprovalType;
import cn.ecc.api.approvals.NewApproval;
import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseService;
import cn.ecc.api.cases.CaseType;
import cn.ecc.api.cases.NewCase;
import cn.ecc.api.cases.Party;
import cn.ecc.api.cases.PartyKind;
import cn.ecc.api.common.ConflictException;
import cn.ecc.api.demo.DemoData;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.NewStaffMember;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.security.Roles;
import cn.ecc.api.security.StaffAdmin;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.time.EccClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demonstration data set: fictional staff for every role and a few dozen fictional cases (no real
 * person of the regulation's staff list, no real party). Loaded by {@code ecc:demo-load}, or at start when
 * the system property {@value #PROPERTY} is {@code true} ({@code ./run --demo}). Loading is idempotent:
 * accounts and cases (by their filing reference) that exist are left alone.
 */
@Component(service = DemoData.class, immediate = true)
public class DemoDataLoader implements DemoData {

    static final String PROPERTY = "ecc.demo";
    /** Exists only after an explicit demo load; listed in the README. */
    static final String PASSWORD = "ecc-demo-2026";
    static final int CASES = 36;
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    /** username, name, team, roles. */
    static final List<NewStaffMember> STAFF = List.of(
            new NewStaffMember("zhouming", "周明", null, Set.of(Roles.CHIEF)),
            new NewStaffMember("wuqiang", "吴强", "综合管理组", Set.of(Roles.DEPUTY)),
            new NewStaffMember("zhenghua", "郑华", null, Set.of(Roles.COURT_LEADER)),
            new NewStaffMember("fengjun", "冯军", "综合管理组", Set.of(Roles.CENTER_HEAD)),
            new NewStaffMember("chenlin", "陈林", "综合管理组", Set.of(Roles.JUDGE)),
            new NewStaffMember("hejing", "何静", "财产处置组", Set.of(Roles.JUDGE)),
            new NewStaffMember("luoping", "罗平", "综合管理组", Set.of(Roles.OFFICER)),
            new NewStaffMember("songyu", "宋雨", "综合管理组", Set.of(Roles.CLERK)),
            new NewStaffMember("hanmei", "韩梅", "综合管理组", Set.of(Roles.CLERK, Roles.FUNDS_OFFICER)),
            new NewStaffMember("tangning", "唐宁", "财产处置组", Set.of(Roles.CLERK, Roles.AUCTION_OFFICER)),
            new NewStaffMember("caoyang", "曹阳", "查控中心", Set.of(Roles.CLERK, Roles.INQUIRY_OFFICER)),
            new NewStaffMember("xuli", "许丽", "卷宗中心", Set.of(Roles.CLERK, Roles.ARCHIVIST)),
            new NewStaffMember("dengxin", "邓欣", "卷宗中心", Set.of(Roles.CLERK, Roles.NODE_MANAGER)),
            new NewStaffMember("xiaofang", "萧芳", "综合管理组", Set.of(Roles.CLERK, Roles.PETITION_OFFICER)),
            new NewStaffMember("panwei", "潘伟", "综合管理组", Set.of(Roles.CLERK, Roles.CLOSURE_OFFICER)),
            new NewStaffMember("duyan", "杜燕", "综合管理组", Set.of(Roles.CLERK, Roles.PUBLICITY)),
            new NewStaffMember("jiangtao", "蒋涛", "纪检监察室", Set.of(Roles.INSPECTOR)));

    private static final String[] SURNAMES = {"赵", "钱", "孙", "李", "周", "吴", "郑", "冯", "褚", "卫", "蒋", "沈", "韩",
        "杨", "朱", "秦", "尤", "许", "何", "吕", "施", "张", "孔", "曹", "严", "华", "金", "魏", "陶", "姜"};
    private static final String[] GIVEN = {"志强", "秀英", "建国", "丽华", "海涛", "春梅", "国庆", "玉兰", "晓东", "红霞",
        "文博", "淑芬", "振华", "雪梅", "德明", "桂英", "永刚", "慧敏", "长青", "美玲"};
    private static final String[] COMPANIES = {"桐柏县某建材有限公司", "桐柏县某商贸有限公司", "南阳某农业开发有限公司",
        "桐柏县某运输有限公司", "桐柏县某房地产开发有限公司", "河南某矿业有限公司"};
    private static final String[] CAUSES = {"民间借贷纠纷", "买卖合同纠纷", "劳务合同纠纷", "机动车交通事故责任纠纷",
        "租赁合同纠纷", "金融借款合同纠纷", "建设工程施工合同纠纷", "离婚后财产纠纷"};
    private static final String[] TOWNS = {"城关镇", "淮源镇", "月河镇", "吴城镇", "固县镇", "毛集镇", "安棚镇", "埠江镇"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final StaffAdmin admin;
    private final StaffDirectory staff;
    private final CaseService cases;
    private final ApprovalService approvals;
    private final EccClock clock;
    private final ExecutorService background;

    @Activate
    public DemoDataLoader(@Reference StaffAdmin admin, @Reference StaffDirectory staff, @Reference CaseService cases,
            @Reference ApprovalService approvals, @Reference EccClock clock, BundleContext context) {
        this(admin, staff, cases, approvals, clock, Boolean.parseBoolean(context.getProperty(PROPERTY)));
    }

    DemoDataLoader(StaffAdmin admin, StaffDirectory staff, CaseService cases, ApprovalService approvals,
            EccClock clock) {
        this(admin, staff, cases, approvals, clock, false);
    }

    private DemoDataLoader(StaffAdmin admin, StaffDirectory staff, CaseService cases, ApprovalService approvals,
            EccClock clock, boolean loadNow) {
        this.admin = admin;
        this.staff = staff;
        this.cases = cases;
        this.approvals = approvals;
        this.clock = clock;
        if (loadNow) {
            // hashing the demo passwords takes seconds: not in the component runtime's thread
            background = Executors.newSingleThreadExecutor(r -> new Thread(r, "ecc-demo-load"));
            background.execute(() -> {
                try {
                    DemoSummary s = load(Actor.system());
                    LOG.info("Demo data loaded at start ({}): {} accounts, {} cases, {} approvals added", PROPERTY,
                            s.staffAdded(), s.casesAdded(), s.approvals());
                } catch (RuntimeException e) {
                    LOG.error("Loading the demo data failed", e);
                }
            });
        } else {
            background = null;
        }
    }

    @Deactivate
    void deactivate() {
        if (background != null) {
            background.shutdownNow();
        }
    }

    @Override
    public synchronized DemoSummary load(Actor actor) {
        actor.require(Permissions.DEMO_LOAD);
        int staffAdded = 0;
        for (NewStaffMember m : STAFF) {
            if (staff.find(m.username()).isEmpty()) {
                try {
                    admin.add(m, PASSWORD, actor);
                    staffAdded++;
                } catch (ConflictException e) {
                    // created meanwhile by someone else: fine
                }
            }
        }
        Actor clerk = staff.actor("songyu").orElseThrow();
        // checking what exists needs no personal data (and so writes no audited read)
        Actor lookup = new Actor(clerk.username(), clerk.displayName(), clerk.roles(), Set.of(Permissions.CASE_READ));
        List<CaseDetail> filed = new ArrayList<>();
        Random random = new Random(2026);
        LocalDate today = clock.today();
        for (int i = 1; i <= CASES; i++) {
            NewCase c = demoCase(i, random, today);
            if (cases.findByFilingReference(c.filingReference(), lookup).isPresent()) {
                continue;
            }
            CaseDetail d = cases.file(c, clerk);
            // most cases are assigned; the newest few wait for 分案
            if (i <= CASES - 6) {
                d = cases.assignHandler(d.id(), i % 3 == 0 ? "hejing" : "chenlin", clerk);
            }
            filed.add(d);
        }
        int requested = 0;
        if (filed.size() >= 3) {
            Actor judge = staff.actor("chenlin").orElseThrow();
            Optional<CaseDetail> ofChen = filed.stream().filter(d -> "chenlin".equals(d.handler())).findFirst();
            if (ofChen.isPresent()) {
                approvals.request(new NewApproval(ApprovalType.HANDLER_CHANGE, ofChen.get().id(),
                        "本案被执行人财产主要为不动产，移交财产处置组承办", Map.of(ApprovalTopics.NEW_HANDLER, "hejing")), judge);
                requested++;
            }
            Optional<CaseDetail> other = filed.stream().filter(d -> "chenlin".equals(d.handler())).skip(1).findFirst();
            if (other.isPresent()) {
                approvals.request(new NewApproval(ApprovalType.TERM_EXTENSION, other.get().id(),
                        "被执行人名下房产正在评估拍卖，审限内难以执结", Map.of(ApprovalTopics.DAYS, "90")), judge);
                approvals.request(new NewApproval(ApprovalType.RESTRICTION_LISTING, other.get().id(),
                        "被执行人有履行能力而拒不履行生效法律文书确定的义务", Map.of()), judge);
                requested += 2;
            }
        }
        return new DemoSummary(staffAdded, filed.size(), requested, PASSWORD);
    }

    static NewCase demoCase(int i, Random random, LocalDate today) {
        CaseType type = i % 12 == 0 ? CaseType.RESUMED : i % 9 == 0 ? CaseType.PRESERVATION : CaseType.FIRST;
        LocalDate filedOn = today.minusDays((CASES - i) * 4L);
        BigDecimal amount = BigDecimal.valueOf(5_000 + random.nextInt(800_000), 0)
                .add(BigDecimal.valueOf(random.nextInt(100), 2));
        List<Party> applicants = List.of(person(random));
        List<Party> respondents = i % 4 == 0
                ? List.of(new Party(null, PartyKind.ORGANISATION, COMPANIES[i % COMPANIES.length], creditCode(random),
                        null, "河南省桐柏县" + TOWNS[random.nextInt(TOWNS.length)] + "工业园区" + (1 + random.nextInt(40)) + "号"))
                : List.of(person(random));
        return new NewCase(type, filedOn, CAUSES[i % CAUSES.length],
                "(" + (filedOn.getYear() - 1) + ")豫1330民初" + (100 + i * 7) + "号民事判决书", amount, false, applicants,
                respondents, null, String.format("DEMO-%03d", i));
    }

    private static Party person(Random random) {
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        LocalDate born = LocalDate.of(1955 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String body = "411330" + String.format("%04d%02d%02d", born.getYear(), born.getMonthValue(), born.getDayOfMonth())
                + String.format("%03d", random.nextInt(1000));
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * WEIGHTS[k];
        }
        String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
        String address = "河南省桐柏县" + TOWNS[random.nextInt(TOWNS.length)] + "某村" + (1 + random.nextInt(20)) + "组"
                + (1 + random.nextInt(90)) + "号";
        return new Party(null, PartyKind.PERSON, name, body + CHECK[sum % 11], phone, address);
    }

    private static String creditCode(Random random) {
        StringBuilder sb = new StringBuilder("91411330MA");
        for (int k = 0; k < 8; k++) {
            sb.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
        }
        return sb.toString();
    }
}
