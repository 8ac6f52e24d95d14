package cn.ecc.shell.internal;

import cn.ecc.api.approvals.ApprovalService;
import cn.ecc.api.approvals.ApprovalState;
import cn.ecc.api.approvals.ApprovalType;
import cn.ecc.api.approvals.ApprovalView;
import cn.ecc.api.common.Inputs;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.security.Roles;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.time.EccClock;
import cn.ecc.shell.Commands;
import cn.ecc.shell.PagedCommand;
import cn.ecc.shell.SessionActors;
import cn.ecc.shell.Table;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "approval-list", description = "列出审批（--mine：待本人审批的）")
@Service
public class ApprovalListCommand extends PagedCommand {

    @Reference
    ApprovalService approvals;

    /** The court's time zone: times are shown as the court reads them, whatever the server's zone. */
    @Reference
    EccClock clock;

    @Reference
    StaffDirectory staff;

    @Option(name = "--mine", description = "只列出待本人审批的")
    boolean mine;

    @Option(name = "--state", description = "PENDING（审批中）, APPROVED（已批准）, REJECTED（未批准）")
    String state;

    @Option(name = "--type", description = "HANDLER_CHANGE, TERM_EXTENSION, RESTRICTION_REMOVAL …")
    String type;

    @Option(name = "--case", description = "案件编号")
    Long caseId;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            Page<ApprovalView> page = approvals.search(Inputs.enumValue("--state", state, ApprovalState.class),
                    Inputs.enumValue("--type", type, ApprovalType.class), caseId, mine, page(),
                    SessionActors.current(staff));
            Table table = new Table("编号", "事项", "案号", "申请人", "状态", "待审环节", "申请时间");
            DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
            for (ApprovalView a : page.items()) {
                String next = a.currentStep() < 0 ? "-" : Arrays.stream(a.steps().get(a.currentStep()).role()
                        .split("\\|")).map(Roles::label).collect(Collectors.joining("或"));
                table.row(a.id(), a.type().label(), a.caseNumber(), a.requester(), a.state().label(), next,
                        LocalDateTime.ofInstant(a.requestedAt(), clock.zone()).format(f));
            }
            table.print(System.out, !noFormat);
            if (!noFormat) {
                System.out.println("共 " + page.total() + " 件");
            }
        });
    }
}
