package cn.ecc.shell.internal;

import cn.ecc.api.audit.AuditLog;
import cn.ecc.api.audit.AuditVerification;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.Commands;
import cn.ecc.shell.SessionActors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "audit-verify", description = "校验审计记录的哈希链，报告第一条被改动或缺失的记录")
@Service
public class AuditVerifyCommand implements Action {

    @Reference
    AuditLog audit;

    @Reference
    StaffDirectory staff;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            AuditVerification v = audit.verify(SessionActors.current(staff));
            if (v.intact()) {
                System.out.println("审计记录完整：共 " + v.records() + " 条"
                        + (v.headHash() == null ? "" : "，最新哈希 " + v.headHash() + "（可另行记下，用于日后核对）"));
            } else {
                System.err.println("错误：审计记录已被改动：第 " + v.firstBroken() + " 条记录被改动或缺失（共读取 "
                        + v.records() + " 条）");
            }
        });
    }
}
