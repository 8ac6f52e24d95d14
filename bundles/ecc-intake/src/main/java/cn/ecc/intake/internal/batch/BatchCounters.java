package cn.ecc.intake.internal.batch;

/** Running counts of a batch, kept by its worker and saved now and then. */
final class BatchCounters {
    int total;
    int checked;
    int invalid;
    int processed;
    int filed;
    int duplicate;
    int failed;
}
