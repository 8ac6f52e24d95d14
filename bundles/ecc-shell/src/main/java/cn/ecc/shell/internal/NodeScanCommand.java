package cn.ecc.shell.internal;

import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.SessionActors;
import cn.ecc.api.nodes.NodeWarningService;
import cn.ecc.api.nodes.ScanResult;
import cn.ecc.shell.Commands;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "node-scan", description = "立即扫描即将到期与超期节点，发出提醒并登记节点期限预警台帐")
@Service
public class NodeScanCommand implements Action {

    @Reference
    NodeWarningService warnings;

    @Reference
    StaffDirectory staff;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            ScanResult r = warnings.scan(SessionActors.current(staff));
            System.out.println((r.ran() ? "" : "未执行：") + r.message() + "（以 " + ShellTime.minutes(r.at()) + " 为准）");
        });
    }
}
