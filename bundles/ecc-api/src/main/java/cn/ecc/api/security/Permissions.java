package cn.ecc.api.security;

/**
 * Names of the platform's permissions. Areas define their own in the same form
 * ({@code <area>.<object>.<action>}); which role holds which permission is per-court data.
 */
public final class Permissions {

    /** Everything; held only by the platform itself. */
    public static final String ALL = "*";

    public static final String CASE_READ = "case.read";
    public static final String CASE_CREATE = "case.create";
    public static final String CASE_UPDATE = "case.update";
    /** Assign the first handler of a case (分案); a later change goes through the handler-change approval. */
    public static final String CASE_ASSIGN = "case.assign";
    /** See parties' full ID numbers, phones and addresses (each read is audited). */
    public static final String PARTY_PERSONAL_READ = "party.personal.read";

    private Permissions() {
    }
}
