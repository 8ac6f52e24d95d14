package cn.ecc.api.nodes;

/**
 * Ids of the node types the platform ships rules for (SPEC §3). Areas open and complete nodes by these ids;
 * a court changes each type's rule (length, unit, warning, who is told) in configuration.
 */
public final class NodeTypes {

    /** 分案: 7 days after filing. */
    public static final String ASSIGN_HANDLER = "assign-handler";
    /** 发送执行通知书等首批文书: 3 days after filing (regulation item 2). */
    public static final String SEND_INITIAL_DOCUMENTS = "send-initial-documents";
    /** 总对总网络查控: 72 hours after the file arrives (regulation item 3). */
    public static final String NATIONAL_INQUIRY = "national-inquiry";
    /** 点对点查控: 7 days by default. */
    public static final String POINT_INQUIRY = "point-inquiry";
    /** 核查财产线索: 7 days (urgent: 3). */
    public static final String VERIFY_PROPERTY_LEAD = "verify-property-lead";
    /** 财产调查完成: 1 month. */
    public static final String PROPERTY_INVESTIGATION = "property-investigation";
    /** 续行查封冻结: warn before the freeze lapses. */
    public static final String RENEW_FREEZE = "renew-freeze";
    /** 启动处置参考价确定: 30 days after seizure. */
    public static final String START_PRICING = "start-pricing";
    /** 网络询价报告: 3 days. */
    public static final String NETWORK_PRICING_REPORT = "network-pricing-report";
    /** 拍卖公告期. */
    public static final String AUCTION_ANNOUNCEMENT = "auction-announcement";
    /** 流拍后再次拍卖: within 30 days. */
    public static final String RE_AUCTION = "re-auction";
    /** 案款发放: 30 days after arrival. */
    public static final String PAY_OUT = "pay-out";
    /** 不明款认领: 3 working days. */
    public static final String SORT_UNIDENTIFIED_MONEY = "sort-unidentified-money";
    /** 拘留期满: at most 15 days. */
    public static final String DETENTION_END = "detention-end";
    /** 拘留后通知家属: 24 hours. */
    public static final String DETENTION_FAMILY_NOTICE = "detention-family-notice";
    /** 和解分期履行到期. */
    public static final String SETTLEMENT_INSTALLMENT = "settlement-installment";
    /** 审限届满: 6 months (非诉执行 3). */
    public static final String CASE_TERM = "case-term";
    /** 终本后定期查询: every 6 months for 5 years. */
    public static final String CLOSURE_REINQUIRY = "closure-reinquiry";
    /** 裁判文书上网: 7 working days after it takes effect. */
    public static final String PUBLISH_RULING = "publish-ruling";
    /** 结案归档: 60 days after closing. */
    public static final String ARCHIVE_CASE = "archive-case";
    /** 信访登记: 5 working days. */
    public static final String PETITION_REGISTER = "petition-register";
    /** 信访办结: 30 days. */
    public static final String PETITION_CLOSE = "petition-close";
    /** 受托事项启动: 15 days. */
    public static final String ENTRUSTMENT_START = "entrustment-start";
    /** 受托事项办结回复: 30 days. */
    public static final String ENTRUSTMENT_REPORT = "entrustment-report";
    /** 失信名单期满. */
    public static final String RESTRICTION_EXPIRY = "restriction-expiry";
    /** 履行后删除失信信息: 3 working days. */
    public static final String RESTRICTION_DELETE_AFTER_PERFORMANCE = "restriction-delete-after-performance";

    private NodeTypes() {
    }
}
