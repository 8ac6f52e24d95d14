package cn.ecc.core.internal.time;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "ECC 测试时钟（仅测试与演示）",
        description = "存在此配置时，一个可调的时钟取代系统时钟；生产环境不得配置。删除配置即恢复系统时钟。")
public @interface TestClockConfig {

    @AttributeDefinition(name = "当前时间", description = "本院时区的本地时间，如 2026-03-02T09:00；留空为系统时间")
    String now() default "";

    @AttributeDefinition(name = "走时", description = "true：从设定时间起随系统时间走；false：停在设定时间，只按命令移动")
    boolean ticking() default true;

    @AttributeDefinition(name = "时区", description = "IANA 时区名")
    String zone() default "Asia/Shanghai";
}
