package cn.ecc.bench;

/**
 * The area bundle figure 4 updates under load, and how to tell that it answers again. The load goes to the
 * other areas ({@link HotUpdateFigure#otherAreas}).
 *
 * @param bundle symbolic name for {@code bundle:update}
 * @param probe  true when the updated area answers
 */
record HotUpdateTarget(String bundle, String description, Probe probe) {

    @FunctionalInterface
    interface Probe {
        boolean answers(Shell shell, Api api) throws Exception;
    }

    /** The intake area: it answers when its batch list does (the load goes to the core and the restrictions area). */
    static final HotUpdateTarget CURRENT = rest("cn.ecc.intake", "/api/intake/batches");

    /** An area answering over REST: GET of the path answers 2xx. */
    static HotUpdateTarget rest(String bundle, String path) {
        return new HotUpdateTarget(bundle, "GET " + path, (shell, api) -> api.get(path).ok());
    }

    /** A bundle of shell commands: the command runs and prints the expected text. */
    static HotUpdateTarget shell(String bundle, String command, String expected) {
        return new HotUpdateTarget(bundle, "shell " + command, (shell, api) -> shell.run(command).contains(expected));
    }
}
