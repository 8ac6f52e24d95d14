package cn.ecc.intake.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "ECC 立案接收与分案", description = "分案规则，首批文书中的联系方式与执行款账户")
public @interface IntakeConfig {

    @AttributeDefinition(name = "分案容差（件）",
            description = "随机分案时，在办案件数不超过最少者多少件的法官入围抽取；0 表示只在最少者中抽取")
    int drawTolerance() default 0;

    @AttributeDefinition(name = "不参与分案的法官", description = "账号列表，如休假、借调人员")
    String[] excludedHandlers() default {};

    @AttributeDefinition(name = "执行指挥中心电话", description = "印在首批文书上")
    String contactPhone() default "";

    @AttributeDefinition(name = "廉政监督电话", description = "印在廉政监督卡上")
    String supervisionPhone() default "";

    @AttributeDefinition(name = "执行款专户户名")
    String accountName() default "";

    @AttributeDefinition(name = "执行款专户开户行")
    String accountBank() default "";

    @AttributeDefinition(name = "执行款专户账号")
    String accountNumber() default "";
}
