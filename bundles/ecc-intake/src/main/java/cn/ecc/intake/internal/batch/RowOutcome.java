package cn.ecc.intake.internal.batch;

/** What became of a row. */
public enum RowOutcome {
    /** Refused by the check; the row names what is wrong (one record per problem). */
    INVALID,
    /** Filed as a new case. */
    FILED,
    /** Filed before (same 立案部门编号): nothing filed again. */
    DUPLICATE,
    /** Valid but the filing failed unexpectedly; re-sending the file retries it. */
    FAILED
}
