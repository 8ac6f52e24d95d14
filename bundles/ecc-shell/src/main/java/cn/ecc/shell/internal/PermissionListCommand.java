package cn.ecc.shell.internal;

import cn.ecc.api.security.Roles;
import cn.ecc.api.security.StaffAdmin;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.Commands;
import cn.ecc.shell.SessionActors;
import cn.ecc.shell.Table;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "permission-list", description = "本院的角色—权限表（每个角色授予哪些权限）")
@Service
public class PermissionListCommand implements Action {

    @Reference
    StaffAdmin admin;

    @Reference
    StaffDirectory staff;

    @Option(name = "-r", aliases = "--role", description = "只列出该角色")
    @Completion(RoleCompleter.class)
    String role;

    @Option(name = "--no-format", description = "每行一个 角色<TAB>权限，便于脚本处理")
    boolean noFormat;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            Map<String, Set<String>> table = admin.rolePermissions(SessionActors.current(staff));
            Table out = new Table("角色", "名称", "权限");
            table.forEach((r, permissions) -> {
                if (role != null && !role.strip().equals(r)) {
                    return;
                }
                if (noFormat) {
                    permissions.forEach(p -> out.row(r, Roles.label(r), p));
                } else {
                    out.row(r, Roles.label(r), permissions.isEmpty() ? "-" : String.join(", ", permissions));
                }
            });
            out.print(System.out, !noFormat);
        });
    }
}
