package cn.ecc.core.internal.calendar;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "ECC 工作日历", description = "法定节假日、调休上班日与本院停止办公日的数据来源")
public @interface CalendarConfig {

    @AttributeDefinition(name = "节假日数据目录", description = "本院添加的节假日数据文件（每年一个，如 2027.json；"
            + "本院停止办公另写不含 year 的文件）所在目录；留空为 ${karaf.etc}/ecc/holidays。文件增改后数秒内生效")
    String holidayDirectory() default "";
}
