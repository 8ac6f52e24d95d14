package cn.ecc.intake.internal.batch;

/** The stages of a batch. */
public enum BatchStatus {
    /** Uploaded, waiting for a worker. */
    QUEUED,
    /** Checking every row; nothing is filed yet. */
    CHECKING,
    /** Filing the valid rows. */
    FILING,
    /** Finished: every valid row filed (or found filed before). */
    DONE,
    /** Could not be read at all (wrong format, missing columns); nothing was filed. */
    REJECTED,
    /** Stopped by an unexpected failure; rows filed so far stay filed, re-sending the file completes it. */
    FAILED
}
