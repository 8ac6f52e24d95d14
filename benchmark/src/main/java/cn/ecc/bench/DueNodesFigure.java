package cn.ecc.bench;

/**
 * Figure 2: the first page of GET /api/nodes?state=due-soon with a million nodes in the database, against the
 * same SQL over JDBC. It needs the deadline engine (its REST resource and its node table); until the instance
 * answers that path, the table says n/a.
 *
 * <p>To measure it when the engine lands: write {@code nodes} into the stopped instance's database the way
 * {@link Db#bulkCases} writes cases (a share of them due soon), time {@link #PATH} with {@code queryRounds} GETs,
 * and time the engine's own SQL for that page with JDBC on the stopped database, median against median.
 */
final class DueNodesFigure {

    static final String PATH = "/api/nodes?state=due-soon";

    private DueNodesFigure() {
    }

    static void run(Bench b) throws Exception {
        b.eccUp();
        int status = b.api().status(PATH + "&limit=20");
        String why = status == 404
                ? "n/a: needs /api/nodes (the deadline engine is not in this build)"
                : "n/a: /api/nodes answers " + status + ", but the harness has no loader for the node table yet";
        b.report.add(new Report.Row("2 Due-node query (1,000,000 nodes)", why, "—", "—",
                "median ≤ 50 ms and ≤ 2× direct SQL", Report.Verdict.NOT_AVAILABLE));
    }
}
