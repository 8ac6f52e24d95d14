package cn.ecc.bench;

/**
 * How much work one run does. {@code full} makes the published figures (about 10 minutes on 2 cores);
 * {@code quick} checks that every figure runs, with too few rounds to be quoted.
 *
 * @param startupRounds   launches of each side after the first (cold) one
 * @param intakeRounds    measured rounds of filing, each followed by a baseline round of the same size
 * @param intakeCases     cases per intake round
 * @param warmupCases     cases filed through each side before the measured rounds (JIT, caches)
 * @param clients         concurrent clients of every load
 * @param badInputs       malformed requests of figure 6
 * @param hotUpdates      bundle:update rounds of figure 4
 * @param hotLoadSeconds  seconds of load before and after each update
 * @param killRounds      kill -9 rounds of figure 5
 * @param memoryCases     cases in the database for the second memory figure
 * @param dueNodes        nodes in the database for figure 2
 * @param queryRounds     timed queries of figure 2, per side
 */
public record Settings(String mode, int startupRounds, int intakeRounds, int intakeCases, int warmupCases, int clients,
        int badInputs, int hotUpdates, int hotLoadSeconds, int killRounds, int memoryCases, int dueNodes,
        int queryRounds) {

    public static Settings of(String mode) {
        return switch (mode) {
            case "full" -> new Settings("full", 5, 7, 1000, 10_000, 8, 10_000, 3, 3, 3, 100_000, 1_000_000, 200);
            case "quick" -> new Settings("quick", 0, 2, 150, 60, 8, 1_000, 1, 2, 1, 10_000, 100_000, 10);
            default -> throw new IllegalArgumentException("mode must be quick or full: " + mode);
        };
    }

    /** The same work with another number of concurrent clients (investigations; never published). */
    public Settings withClients(int n) {
        if (n < 1 || n > 256) {
            throw new IllegalArgumentException("clients must be 1..256: " + n);
        }
        return new Settings(mode, startupRounds, intakeRounds, intakeCases, warmupCases, n, badInputs, hotUpdates,
                hotLoadSeconds, killRounds, memoryCases, dueNodes, queryRounds);
    }

    public boolean full() {
        return "full".equals(mode);
    }
}
