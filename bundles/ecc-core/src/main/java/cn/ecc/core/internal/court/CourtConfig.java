package cn.ecc.core.internal.court;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "ECC 法院信息", description = "本院在案号中的代字、名称及上级法院")
public @interface CourtConfig {

    @AttributeDefinition(name = "法院代字", description = "案号中的法院代字，如 豫1330")
    String code() default "豫1330";

    @AttributeDefinition(name = "法院名称", description = "文书、审批单、报表上的法院全称")
    String name() default "桐柏县人民法院";

    @AttributeDefinition(name = "上级法院", description = "报送统计与请示的中级人民法院")
    String superiorCourt() default "南阳市中级人民法院";
}
