package cn.ecc.shell.internal;

import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.SessionActors;
import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseService;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.nodes.NodeService;
import cn.ecc.api.nodes.NodeView;
import cn.ecc.api.security.Actor;
import cn.ecc.shell.Commands;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "node-complete", description = "完成案件的一个节点（按节点编号，或按类型完成该类型最早到期的未完成节点）")
@Service
public class NodeCompleteCommand implements Action {

    @Reference
    CaseService cases;

    @Reference
    StaffDirectory staff;

    @Reference
    NodeService nodes;

    @Argument(index = 0, name = "case", required = true, description = "案号或案件编号")
    @Completion(CaseNumberCompleter.class)
    String ref;

    @Argument(index = 1, name = "node", required = true, description = "节点编号（ecc:case-nodes 中的编号）或节点类型")
    @Completion(NodeTypeCompleter.class)
    String node;

    @Option(name = "-n", aliases = "--note", description = "说明，如 已邮寄送达")
    String note;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            Actor actor = SessionActors.current(staff);
            CaseDetail c = CaseShowCommand.find(cases, ref, actor);
            String n = node.strip();
            NodeView done = n.chars().allMatch(Character::isDigit) && !n.isEmpty() && n.length() < 19
                    ? nodes.complete(c.id(), Long.parseLong(n), note, actor)
                    : nodes.completeOpen(c.id(), n, note, actor).orElseThrow(
                            () -> new NotFoundException(c.number() + " 没有未完成的 " + n + " 节点"));
            System.out.println("已完成：" + c.number() + " " + done.label() + "（编号 " + done.id() + "），完成时间 "
                    + ShellTime.minutes(done.completedAt()) + "，期限 " + ShellTime.minutes(done.dueAt()));
        });
    }
}
