package cn.ecc.shell.internal;

import cn.ecc.api.security.StaffAdmin;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.shell.Commands;
import cn.ecc.shell.SessionActors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ecc", name = "permission-grant", description = "让一个角色授予某项权限（本院数据，立即生效；新角色名即新建角色）")
@Service
public class PermissionGrantCommand implements Action {

    @Reference
    StaffAdmin admin;

    @Reference
    StaffDirectory staff;

    @Argument(index = 0, name = "role", required = true, description = "角色，如 judge")
    @Completion(RoleCompleter.class)
    String role;

    @Argument(index = 1, name = "permission", required = true, description = "权限，如 case.read")
    String permission;

    @Override
    public Object execute() {
        return Commands.run(() -> {
            admin.grantPermission(role, permission, SessionActors.current(staff));
            System.out.println("角色 " + role.strip() + " 现授予 " + permission.strip());
        });
    }
}
