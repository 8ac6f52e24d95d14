package cn.ecc.api.restrictions;

/**
 * Permissions of the restrictions area. There is deliberately no permission to end a restriction: only an
 * approved removal (the court leader's approval and the command center head's review, regulation item 8) or
 * the end of its term does, and no role can be granted a way around that.
 */
public final class RestrictionPermissions {

    /** Read restrictions and requests (ID numbers masked). */
    public static final String READ = "restriction.read";
    /** Ask for a listing, an extension, a removal or a temporary lifting (each goes through its approval). */
    public static final String REQUEST = "restriction.request";
    /** Read and export the 纳入/撤销台帐 and the monthly statistics. */
    public static final String LEDGER_READ = "restriction.ledger.read";

    private RestrictionPermissions() {
    }
}
