package cn.ecc.shell.internal;

import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.SessionActors;
import cn.ecc.api.nodes.NodeRule;
import cn.ecc.api.nodes.NodeService;
import cn.ecc.api.security.Roles;
import cn.ecc.shell.Commands;
import cn.ecc.shell.Table;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "node-rules", description = "显示现行节点期限规则（产品默认及本院调整，配置 ecc.deadline.rule）")
@Service
public class NodeRulesCommand implements Action {

    @Reference
    NodeService nodes;

    @Reference
    StaffDirectory staff;

    @Option(name = "--no-format", description = "不画表格线，便于脚本处理")
    boolean noFormat;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            Table table = new Table("类型", "节点", "期限", "提前预警", "负责", "超期报告", "来源");
            for (NodeRule r : nodes.rules(SessionActors.current(staff))) {
                table.row(r.type(), r.label(), r.length() + r.unit().label(), r.warnBefore() + r.warnUnit().label(),
                        r.handlerResponsible() ? "承办人" : Roles.label(r.responsible()),
                        r.notifyRoles().stream().map(Roles::label).collect(Collectors.joining("、")),
                        r.configuredBy() == null ? "默认" : "本院配置 " + r.configuredBy());
            }
            table.print(System.out, !noFormat);
            if (!noFormat) {
                System.out.println("（调整：config:edit --factory --alias <名称> ecc.deadline.rule，"
                        + "设 type 与要改的项，config:update；见 README）");
            }
        });
    }
}
