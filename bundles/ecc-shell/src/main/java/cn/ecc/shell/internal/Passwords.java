package cn.ecc.shell.internal;

import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.security.StaffAdmin;
import java.io.IOException;
import org.apache.karaf.shell.api.console.Session;

/**
 * A new password for an account: typed twice without echo, or generated and shown once. Never logged,
 * never an option on the command line (it would stay in the shell history).
 */
final class Passwords {

    private Passwords() {
    }

    /** The password, and whether it was generated (so the caller shows it once). */
    record NewPassword(String value, boolean generated) {
    }

    static NewPassword obtain(Session session, StaffAdmin admin, boolean generate) {
        if (generate) {
            return new NewPassword(admin.generatePassword(), true);
        }
        try {
            String first = session.readLine("新密码（不回显）：", '*');
            if (first == null || first.isEmpty()) {
                throw InvalidInputException.of("password", "未输入密码；也可用 --generate 生成一个");
            }
            String second = session.readLine("再输入一次：", '*');
            if (!first.equals(second)) {
                throw InvalidInputException.of("password", "两次输入的密码不一致");
            }
            return new NewPassword(first, false);
        } catch (IOException e) {
            throw InvalidInputException.of("password", "无法从终端读取密码；可用 --generate 生成一个");
        }
    }

    static void showOnce(NewPassword p, String username) {
        if (p.generated()) {
            System.out.println("账号 " + username + " 的密码（仅显示这一次，请当面交给本人并提醒其登录后修改）：" + p.value());
        }
    }
}
