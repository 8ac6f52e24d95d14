package cn.ecc.shell.internal;

import cn.ecc.api.approvals.ApprovalService;
import cn.ecc.api.approvals.ApprovalView;
import cn.ecc.api.approvals.Decision;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.Commands;
import cn.ecc.shell.SessionActors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "approval-decide", description = "审批当前环节：approve（同意）或 reject（不同意）；决定不可更改")
@Service
public class ApprovalDecideCommand implements Action {

    @Reference
    ApprovalService approvals;

    @Reference
    StaffDirectory staff;

    @Argument(index = 0, name = "id", required = true, description = "审批编号（ecc:approval-list --mine）")
    long id;

    @Argument(index = 1, name = "decision", required = true, description = "approve（同意）或 reject（不同意）")
    @Completion(DecisionCompleter.class)
    String decision;

    @Option(name = "-c", aliases = "--comment", description = "审批意见")
    String comment;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            Decision d = switch (decision.strip().toLowerCase()) {
                case "approve", "同意" -> Decision.APPROVE;
                case "reject", "不同意" -> Decision.REJECT;
                default -> throw InvalidInputException.of("decision", "应为 approve（同意）或 reject（不同意）");
            };
            ApprovalView a = approvals.decide(id, d, comment, SessionActors.current(staff));
            System.out.println("审批 " + a.id() + "（" + a.type().label() + "，" + a.caseNumber() + "）："
                    + (d == Decision.APPROVE ? "同意" : "不同意") + "；现状态 " + a.state().label());
        });
    }
}
