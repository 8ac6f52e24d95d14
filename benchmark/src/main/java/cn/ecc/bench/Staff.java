package cn.ecc.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The accounts the harness works with, created by the administrator over the Karaf shell with generated passwords
 * (ECC never takes a password on the command line). The administrator itself manages accounts and may not read or
 * file cases, so the load runs as a clerk, as the people who file cases do.
 *
 * @param clerk   files, reads and changes cases, asks for restrictions: every load ({@code -Dbench.user})
 * @param prober  a second clerk that is also {@code chief}: figure 6's malformed requests (its lockout or password
 *                change, should the platform wrongly accept one, cannot break the other figures), and the decider
 *                of the term-extension approvals figure 6 aims at
 * @param leader  {@code court-leader}: approves the restriction listings that give figure 6 real restrictions
 * @param judge   {@code judge}: a handler to assign, so that an assignment request can be valid
 */
public record Staff(Credentials clerk, Credentials prober, Credentials leader, Credentials judge) {

    /** Creates the four accounts on a running instance whose administrator the harness is. */
    static Staff create(Instance ecc, Credentials admin, String clerkName) throws IOException {
        try (Shell shell = new Shell(ecc.sshPort(), admin)) {
            return new Staff(add(shell, clerkName, "基准测试书记员", "clerk"),
                    add(shell, clerkName + "-bad", "基准测试异常输入", "clerk", "chief"),
                    add(shell, clerkName + "-leader", "基准测试院领导", "court-leader"),
                    add(shell, clerkName + "-judge", "基准测试法官", "judge"));
        }
    }

    /** {@code ecc:staff-add --generate}: the password is shown once, at the end of the last line. */
    static Credentials add(Shell shell, String username, String name, String... roles) throws IOException {
        String out = shell.run("ecc:staff-add --generate " + Arrays.stream(roles).map(r -> "-r " + r)
                .collect(Collectors.joining(" ")) + " " + username + " " + name);
        return new Credentials(username, password(out, username));
    }

    static String password(String output, String username) {
        String shown = output.lines().filter(l -> l.contains(username) && l.contains("密码")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("ecc:staff-add " + username + " showed no password: "
                        + output.strip()));
        String p = shown.substring(Math.max(shown.lastIndexOf('：'), shown.lastIndexOf(':')) + 1).strip();
        if (p.isEmpty() || p.contains(" ")) {
            throw new IllegalStateException("cannot read the generated password of " + username + " from: " + shown);
        }
        return p;
    }
}
