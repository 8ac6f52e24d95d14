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

    /** See who works here (names, teams, roles), e.g. to choose a new handler. */
    public static final String STAFF_READ = "staff.read";
    /** Create accounts, grant and revoke roles, reset passwords, unlock and deactivate accounts. */
    public static final String STAFF_MANAGE = "staff.manage";
    /** Change which permissions a role grants (the court's role-permission table). */
    public static final String PERMISSION_MANAGE = "permission.manage";

    /** Ask for an approval (审批申请) on a case. */
    public static final String APPROVAL_REQUEST = "approval.request";
    /**
     * Read every approval. Without it one reads the approvals one asked for and those one's roles decide.
     */
    public static final String APPROVAL_READ = "approval.read";

    /** Read the audit trail (who changed what, when). */
    public static final String AUDIT_READ = "audit.read";
    /** Check the audit trail's hash chain. */
    public static final String AUDIT_VERIFY = "audit.verify";

    /** Load the fictional demonstration data set. */
    public static final String DEMO_LOAD = "demo.load";

    private Permissions() {
    }
}
