package cn.ecc.shell.internal;

import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.SessionActors;
import cn.ecc.shell.PagedCommand;
import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.nodes.NodeWarning;
import cn.ecc.api.nodes.NodeWarningService;
import cn.ecc.api.security.Roles;
import cn.ecc.shell.Commands;
import cn.ecc.shell.Table;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "node-warnings", description = "节点期限预警台帐：超期节点及报告对象（按期限日期）")
@Service
public class NodeWarningsCommand extends PagedCommand {

    @Reference
    NodeWarningService warnings;

    @Reference
    StaffDirectory staff;

    @Option(name = "--from", description = "期限日期起 YYYY-MM-DD")
    String from;

    @Option(name = "--to", description = "期限日期止 YYYY-MM-DD")
    String to;

    @Option(name = "--state", description = "overdue（默认）或 due-soon")
    String state;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            Page<NodeWarning> page = warnings.ledger(Inputs.date("--from", from), Inputs.date("--to", to),
                    NodesDueCommand.state(state), page(), SessionActors.current(staff));
            Table table = new Table("案号", "节点", "期限", "负责", "发现时间", "报告对象", "完成");
            for (NodeWarning w : page.items()) {
                List<String> told = new ArrayList<>(w.reportedTo());
                w.reportedToRoles().forEach(r -> told.add(Roles.label(r)));
                table.row(w.caseNumber(), Table.cut(w.label(), 20), ShellTime.minutes(w.dueAt()),
                        w.responsible() != null ? w.responsible() : Roles.label(w.role()),
                        ShellTime.minutes(w.detectedAt()), String.join("、", told),
                        w.completedAt() == null ? "未完成" : ShellTime.minutes(w.completedAt()));
            }
            table.print(System.out, !noFormat);
            if (!noFormat) {
                System.out.printf("共 %d 条%n", page.total());
            }
        });
    }
}
