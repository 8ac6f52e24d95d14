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

    /**
     * Today's target: no area bundle exists yet, so the core's shell bundle stands in (it is a bundle others do not
     * import, as an area is). When the intake area lands: {@code rest("cn.ecc.intake", "/api/intake/...")}.
     */
    static final HotUpdateTarget CURRENT = shell("cn.ecc.shell", "ecc:court-show", "法院代字");

    /** An area answering over REST: GET of the path answers 2xx. */
    static HotUpdateTarget rest(String bundle, String path) {
        return new HotUpdateTarget(bundle, "GET " + path, (shell, api) -> api.get(path).ok());
    }

    /** A bundle of shell commands: the command runs and prints the expected text. */
    static HotUpdateTarget shell(String bundle, String command, String expected) {
        return new HotUpdateTarget(bundle, "shell " + command, (shell, api) -> shell.run(command).contains(expected));
    }
}
