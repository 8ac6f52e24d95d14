package cn.ecc.shell.internal;

import cn.ecc.api.audit.AuditLog;
import cn.ecc.api.audit.AuditQuery;
import cn.ecc.api.audit.AuditRecord;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.time.EccClock;
import cn.ecc.shell.Commands;
import cn.ecc.shell.PagedCommand;
import cn.ecc.shell.SessionActors;
import cn.ecc.shell.Table;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "audit-list", description = "查看审计记录（新的在前）")
@Service
public class AuditListCommand extends PagedCommand {

    @Reference
    AuditLog audit;

    /** The court's time zone: times are shown as the court reads them, whatever the server's zone. */
    @Reference
    EccClock clock;

    @Reference
    StaffDirectory staff;

    @Option(name = "--case", description = "案件编号")
    Long caseId;

    @Option(name = "--actor", description = "操作人账号")
    String actor;

    @Option(name = "--action", description = "操作，如 case.update；以点结尾为前缀，如 staff.")
    String action;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            Page<AuditRecord> page = audit.search(new AuditQuery(caseId, actor, action, null, null, null, null,
                    page()), SessionActors.current(staff));
            Table table = new Table("编号", "时间", "操作人", "操作", "对象", "修改前", "修改后");
            DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
            for (AuditRecord r : page.items()) {
                table.row(r.id(), LocalDateTime.ofInstant(r.at(), clock.zone()).format(f), r.actor(),
                        r.action(), r.subjectType() + " " + r.subjectId(), Table.cut(r.before().toString(), 40),
                        Table.cut(r.after().toString(), 40));
            }
            table.print(System.out, !noFormat);
            if (!noFormat) {
                System.out.println("共 " + page.total() + " 条");
            }
        });
    }
}
