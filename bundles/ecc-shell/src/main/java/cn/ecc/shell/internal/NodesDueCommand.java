package cn.ecc.shell.internal;

import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.SessionActors;
import cn.ecc.shell.PagedCommand;
import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.nodes.NodeQuery;
import cn.ecc.api.nodes.NodeService;
import cn.ecc.api.nodes.NodeState;
import cn.ecc.api.nodes.NodeView;
import cn.ecc.shell.Commands;
import cn.ecc.shell.Table;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Command(scope = "ecc", name = "nodes-due", description = "列出各案件的节点（默认全部未完成，按期限排序；可只看即将到期或超期）")
@Service
public class NodesDueCommand extends PagedCommand {

    @Reference
    NodeService nodes;

    @Reference
    StaffDirectory staff;

    @Option(name = "--state", description = "due-soon（即将到期）、overdue（已超期）、open（未到预警期）、done（已完成）")
    @Completion(value = StringsCompleter.class, values = {"due-soon", "overdue", "open", "done"})
    String state;

    @Option(name = "--handler", description = "负责人账号")
    String handler;

    @Option(name = "--type", description = "节点类型，如 send-initial-documents（见 ecc:node-rules）")
    @Completion(NodeTypeCompleter.class)
    String type;

    @Option(name = "--before", description = "期限在此日（含）之前，YYYY-MM-DD")
    String before;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            NodeQuery q = new NodeQuery(state(state), handler, type, null, Inputs.date("--before", before),
                    page());
            Page<NodeView> page = nodes.search(q, SessionActors.current(staff));
            Table table = new Table("案号", "编号", "节点", "期限", "状态", "负责");
            for (NodeView n : page.items()) {
                table.row(n.caseNumber(), n.id(), Table.cut(n.label(), 24),
                        n.dueAt() == null ? "暂停计算" : ShellTime.minutes(n.dueAt()), n.state().label(),
                        CaseNodesCommand.who(n));
            }
            table.print(System.out, !noFormat);
            if (!noFormat) {
                System.out.printf("共 %d 个，显示第 %d–%d 个%n", page.total(), page.items().isEmpty() ? 0 : offset + 1,
                        offset + page.items().size());
            }
        });
    }

    static NodeState state(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return NodeState.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("--state", "取值无效，可选：due-soon, overdue, open, done");
        }
    }
}
