package cn.ecc.core.internal.nodes;

import static cn.ecc.api.calendar.DeadlineUnit.CALENDAR_DAYS;
import static cn.ecc.api.calendar.DeadlineUnit.HOURS;
import static cn.ecc.api.calendar.DeadlineUnit.MONTHS;
import static cn.ecc.api.calendar.DeadlineUnit.WORKING_DAYS;

import cn.ecc.api.calendar.DeadlineUnit;
import cn.ecc.api.nodes.NodeRule;
import cn.ecc.api.nodes.NodeTypes;
import cn.ecc.api.security.Roles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules the product ships (SPEC §3). The regulation's warning is 3 days before the deadline (item 14);
 * rules shorter than that warn one day (or a fraction of the hours) before, so that the warning still means
 * something, and the rules with a legal lead time warn earlier (a freeze's renewal 15 days, the term 15 days so
 * that an extension can be asked for at least 5 days before it ends).
 */
final class DefaultRules {

    private static final List<String> CHIEF = List.of(Roles.CHIEF);
    private static final String HANDLER = NodeRule.HANDLER;

    static final Map<String, NodeRule> RULES;

    static {
        Map<String, NodeRule> m = new LinkedHashMap<>();
        add(m, NodeTypes.ASSIGN_HANDLER, "分案", 7, CALENDAR_DAYS, 3, CALENDAR_DAYS, Roles.CENTER_HEAD,
                "最高人民法院2006年执行期限规定");
        add(m, NodeTypes.SEND_INITIAL_DOCUMENTS, "发送执行通知书等首批文书", 3, CALENDAR_DAYS, 1, CALENDAR_DAYS,
                Roles.CLERK, "本院执行指挥中心工作管理制度第2项；最高人民法院2006年执行期限规定");
        add(m, NodeTypes.NATIONAL_INQUIRY, "总对总网络查控", 72, HOURS, 24, HOURS, Roles.INQUIRY_OFFICER,
                "本院执行指挥中心工作管理制度第3项");
        add(m, NodeTypes.POINT_INQUIRY, "点对点查控", 7, CALENDAR_DAYS, 3, CALENDAR_DAYS, Roles.INQUIRY_OFFICER,
                "本院执行指挥中心工作管理制度第3项");
        add(m, NodeTypes.VERIFY_PROPERTY_LEAD, "核查财产线索", 7, CALENDAR_DAYS, 3, CALENDAR_DAYS, HANDLER,
                "最高人民法院2017年财产调查规定（紧急情况3日）");
        add(m, NodeTypes.PROPERTY_INVESTIGATION, "财产调查", 1, MONTHS, 3, CALENDAR_DAYS, HANDLER,
                "最高人民法院2006年执行期限规定");
        add(m, NodeTypes.RENEW_FREEZE, "续行查封、冻结", 12, MONTHS, 15, CALENDAR_DAYS,
                HANDLER, "民诉法解释（存款1年、动产2年、不动产及其他财产权3年；区域按实际期限开启）");
        add(m, NodeTypes.START_PRICING, "启动处置参考价确定", 30, CALENDAR_DAYS, 3, CALENDAR_DAYS, HANDLER,
                "最高人民法院2018年确定财产处置参考价规定");
        add(m, NodeTypes.NETWORK_PRICING_REPORT, "网络询价报告", 3, CALENDAR_DAYS, 1, CALENDAR_DAYS,
                Roles.AUCTION_OFFICER, "最高人民法院2018年确定财产处置参考价规定");
        add(m, NodeTypes.AUCTION_ANNOUNCEMENT, "拍卖公告期", 15, CALENDAR_DAYS, 3, CALENDAR_DAYS, Roles.AUCTION_OFFICER,
                "最高人民法院2016年网络司法拍卖规定（动产15日，不动产30日）");
        add(m, NodeTypes.RE_AUCTION, "流拍后再次拍卖", 30, CALENDAR_DAYS, 3, CALENDAR_DAYS, Roles.AUCTION_OFFICER,
                "最高人民法院2016年网络司法拍卖规定");
        add(m, NodeTypes.PAY_OUT, "案款发放", 30, CALENDAR_DAYS, 3, CALENDAR_DAYS, Roles.FUNDS_OFFICER,
                "最高人民法院2017年执行款物管理规定");
        add(m, NodeTypes.SORT_UNIDENTIFIED_MONEY, "不明款认领", 3, WORKING_DAYS, 1, WORKING_DAYS, Roles.FUNDS_OFFICER,
                "本院规定");
        add(m, NodeTypes.DETENTION_END, "拘留期满", 15, CALENDAR_DAYS, 3, CALENDAR_DAYS, HANDLER,
                "民事诉讼法；本院执行指挥中心工作管理制度第7项");
        add(m, NodeTypes.DETENTION_FAMILY_NOTICE, "拘留后通知家属", 24, HOURS, 6, HOURS, HANDLER, "民事诉讼法");
        add(m, NodeTypes.SETTLEMENT_INSTALLMENT, "和解分期履行到期", 1, MONTHS, 3, CALENDAR_DAYS, HANDLER,
                "本院执行指挥中心工作管理制度第7项（按和解协议的还款日开启）");
        add(m, NodeTypes.CASE_TERM, "审限", 6, MONTHS, 15, CALENDAR_DAYS, HANDLER,
                "最高人民法院2006年执行期限规定（届满5日前申请延长）");
        add(m, NodeRule.CASE_TERM_NON_LITIGATION, "审限（非诉执行）", 3, MONTHS, 15, CALENDAR_DAYS, HANDLER,
                "最高人民法院2006年执行期限规定");
        add(m, NodeTypes.CLOSURE_REINQUIRY, "终本后定期查询", 6, MONTHS, 15, CALENDAR_DAYS, Roles.CLOSURE_OFFICER,
                "最高人民法院2016年终本规定（5年内每6个月）");
        add(m, NodeTypes.PUBLISH_RULING, "裁判文书上网", 7, WORKING_DAYS, 2, WORKING_DAYS, Roles.ARCHIVIST,
                "最高人民法院裁判文书上网规定");
        add(m, NodeTypes.ARCHIVE_CASE, "结案归档", 60, CALENDAR_DAYS, 3, CALENDAR_DAYS, Roles.ARCHIVIST, "本院规定");
        add(m, NodeTypes.PETITION_REGISTER, "信访登记", 5, WORKING_DAYS, 2, WORKING_DAYS, Roles.PETITION_OFFICER,
                "最高人民法院2021年信访规定");
        add(m, NodeTypes.PETITION_CLOSE, "信访办结", 30, CALENDAR_DAYS, 3, CALENDAR_DAYS, Roles.PETITION_OFFICER,
                "最高人民法院2021年信访规定");
        add(m, NodeTypes.ENTRUSTMENT_START, "受托事项启动", 15, CALENDAR_DAYS, 3, CALENDAR_DAYS, Roles.OFFICER,
                "民事诉讼法");
        add(m, NodeTypes.ENTRUSTMENT_REPORT, "受托事项办结回复", 30, CALENDAR_DAYS, 3, CALENDAR_DAYS, Roles.OFFICER,
                "民事诉讼法");
        add(m, NodeTypes.RESTRICTION_EXPIRY, "失信名单期满", 24, MONTHS, 15, CALENDAR_DAYS, HANDLER,
                "最高人民法院2017年失信被执行人名单规定");
        add(m, NodeTypes.RESTRICTION_DELETE_AFTER_PERFORMANCE, "履行后删除失信信息", 3, WORKING_DAYS, 1, WORKING_DAYS,
                Roles.CENTER_HEAD, "最高人民法院2017年失信被执行人名单规定");
        RULES = java.util.Collections.unmodifiableMap(m);
    }

    /** The nodes every filed case gets, besides its term. */
    static final List<String> ON_FILING = List.of(NodeTypes.ASSIGN_HANDLER, NodeTypes.SEND_INITIAL_DOCUMENTS,
            NodeTypes.NATIONAL_INQUIRY, NodeTypes.POINT_INQUIRY, NodeTypes.PROPERTY_INVESTIGATION);

    private DefaultRules() {
    }

    private static void add(Map<String, NodeRule> m, String type, String label, int length, DeadlineUnit unit,
            int warn, DeadlineUnit warnUnit, String responsible, String source) {
        m.put(type, new NodeRule(type, label, length, unit, warn, warnUnit, responsible, CHIEF, source, null));
    }
}
