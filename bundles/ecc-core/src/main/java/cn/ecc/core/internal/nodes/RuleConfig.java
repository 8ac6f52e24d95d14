package cn.ecc.core.internal.nodes;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Metatype of a court's rule change. No attribute has a default: what the configuration leaves out stays as
 * shipped (see {@code ecc:node-rules}).
 */
@ObjectClassDefinition(name = "ECC 节点期限规则（本院调整）",
        description = "调整一种流程节点的期限规则，每种节点一份配置；未填写的项沿用产品默认（ecc:node-rules 查看）。"
                + "调整只影响此后开启的节点。")
public @interface RuleConfig {

    @AttributeDefinition(name = "节点类型", description = "如 pay-out、send-initial-documents、case-term")
    String type();

    @AttributeDefinition(name = "名称", required = false, description = "节点的中文名称")
    String label();

    @AttributeDefinition(name = "期限长度", required = false, description = "按期限单位计的长度，1–10000")
    int length();

    @AttributeDefinition(name = "期限单位", required = false, options = {
        @Option(label = "小时（不顺延）", value = "HOURS"),
        @Option(label = "日（届满日为休息日的顺延至下一工作日）", value = "CALENDAR_DAYS"),
        @Option(label = "工作日（计调休上班日）", value = "WORKING_DAYS"),
        @Option(label = "月", value = "MONTHS")})
    String unit();

    @AttributeDefinition(name = "提前预警", required = false, description = "届满前多久提醒（默认 3 日，本院制度第14项）")
    int warnBefore();

    @AttributeDefinition(name = "预警单位", required = false, options = {
        @Option(label = "小时", value = "HOURS"),
        @Option(label = "日", value = "CALENDAR_DAYS"),
        @Option(label = "工作日", value = "WORKING_DAYS"),
        @Option(label = "月", value = "MONTHS")})
    String warnUnit();

    @AttributeDefinition(name = "负责", required = false,
            description = "handler（案件承办人）或角色，如 clerk、inquiry-officer、funds-officer")
    String responsible();

    /** Property {@code notify} (the dollar sign is dropped from the name). */
    @AttributeDefinition(name = "超期报告对象", required = false, description = "角色，默认 chief（执行局长）")
    String[] notify$();
}
