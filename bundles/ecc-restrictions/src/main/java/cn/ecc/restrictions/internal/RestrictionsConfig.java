package cn.ecc.restrictions.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "ECC 失信与限高",
        description = "失信被执行人名单期限、限制消费期限与定期处理（宽限期届满生效、期满删除、补办漏收的审批结果）")
public @interface RestrictionsConfig {

    @AttributeDefinition(name = "失信名单期限（年）",
            description = "失信规定第二条：第一条第（二）至（六）项情形纳入期限为二年；延长另经审批，累计一至三年")
    int dishonestTermYears() default 2;

    @AttributeDefinition(name = "不定期限的失信情形",
            description = "纳入后无固定期限（至履行完毕等删除）的情形，默认无。失信规定第二条只为第一条第（二）至（六）项"
                    + "规定了二年期限，按此理解的法院可填 ABLE_BUT_REFUSES。取值：ABLE_BUT_REFUSES, OBSTRUCTS, EVADES, "
                    + "VIOLATES_PROPERTY_REPORT, VIOLATES_CONSUMPTION_ORDER, BREAKS_SETTLEMENT")
    String[] termlessGrounds() default {};

    @AttributeDefinition(name = "限制消费期限（年）",
            description = "0 表示无固定期限（至履行完毕、提供担保或申请执行人同意而解除）")
    int consumptionTermYears() default 0;

    @AttributeDefinition(name = "定期处理间隔（分钟）",
            description = "多久检查一次宽限期届满、期满和漏收的审批结果")
    int sweepIntervalMinutes() default 60;
}
