package cn.ecc.core.internal.nodes;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "ECC 节点预警", description = "流程节点的预警扫描：多久扫描一次、每批多少节点")
public @interface DeadlinesConfig {

    @AttributeDefinition(name = "扫描间隔（分钟）", description = "多久扫描一次即将到期与超期的节点；0 为不自动扫描"
            + "（仍可用 ecc:node-scan 或 POST /api/nodes/scan 立即扫描）")
    int scanIntervalMinutes() default 10;

    @AttributeDefinition(name = "每批节点数", description = "一个事务处理多少个状态变化的节点")
    int scanBatchSize() default 500;

    @AttributeDefinition(name = "扫描租约（分钟）", description = "多实例共用数据库时，一次扫描占用扫描锁的时长；"
            + "实例中途停止时，锁在此时长后自动释放")
    int scanLeaseMinutes() default 15;

    @AttributeDefinition(name = "默认提前预警（日）", description = "没有规则的节点（区域自定义节点）在届满前几日提醒")
    int defaultWarnDays() default 3;
}
