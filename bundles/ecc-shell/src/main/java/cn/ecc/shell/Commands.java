package cn.ecc.shell;

import cn.ecc.api.common.EccException;

/**
 * What every ecc command does alike. A refusal the user can act on prints one line on stderr, starting
 * with 错误, and nothing was changed; anything unexpected goes to Karaf's own error display and the log.
 * Options typed as text are read with {@link cn.ecc.api.common.Inputs}.
 */
public final class Commands {

    private Commands() {
    }

    /** Runs a command's work and answers the command's result (null). */
    public static Object run(Runnable work) {
        try {
            work.run();
        } catch (EccException e) {
            System.err.println("错误：" + e.getMessage());
        }
        return null;
    }

    public static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
