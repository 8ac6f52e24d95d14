package cn.ecc.core.internal.time;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "ECC 时钟", description = "期限计算所用的时区")
public @interface ClockConfig {

    @AttributeDefinition(name = "时区", description = "IANA 时区名")
    String zone() default "Asia/Shanghai";
}
