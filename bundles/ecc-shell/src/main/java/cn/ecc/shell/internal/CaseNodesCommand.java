package cn.ecc.shell.internal;

import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.SessionActors;
import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseService;
import cn.ecc.api.nodes.NodeService;
import cn.ecc.api.nodes.NodeView;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Roles;
import cn.ecc.shell.Commands;
import cn.ecc.shell.Table;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "case-nodes", description = "显示一件案件的流程节点及其期限")
@Service
public class CaseNodesCommand implements Action {

    @Reference
    CaseService cases;

    @Reference
    StaffDirectory staff;

    @Reference
    NodeService nodes;

    @Argument(index = 0, name = "case", required = true, description = "案号或案件编号")
    @Completion(CaseNumberCompleter.class)
    String ref;

    @Option(name = "--no-format", description = "不画表格线，便于脚本处理")
    boolean noFormat;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            Actor actor = SessionActors.current(staff);
            CaseDetail c = CaseShowCommand.find(cases, ref, actor);
            List<NodeView> list = nodes.nodesOf(c.id(), actor);
            if (!noFormat) {
                System.out.println(c.number() + "（编号 " + c.id() + "）");
            }
            table(list).print(System.out, !noFormat);
        });
    }

    static Table table(List<NodeView> list) {
        Table table = new Table("编号", "节点", "起算", "期限", "状态", "负责", "完成");
        for (NodeView n : list) {
            table.row(n.id(), Table.cut(n.label(), 24), ShellTime.minutes(n.startedAt()),
                    n.dueAt() == null ? "暂停计算" : ShellTime.minutes(n.dueAt()), n.state().label(), who(n),
                    n.completedAt() == null ? "-" : ShellTime.minutes(n.completedAt()) + " " + n.completedBy());
        }
        return table;
    }

    static String who(NodeView n) {
        return n.responsible() != null ? n.responsible() : Roles.label(n.role());
    }
}
