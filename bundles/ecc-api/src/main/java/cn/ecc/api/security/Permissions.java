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

    /** Read case nodes and their deadlines, the rules and the case term. */
    public static final String NODE_READ = "node.read";
    /** Open a node on a case (areas, on the events that start a deadline). */
    public static final String NODE_OPEN = "node.open";
    /** Complete a node (mark what had to happen as done). */
    public static final String NODE_COMPLETE = "node.complete";
    /** Run the warning scan on demand (节点管理). */
    public static final String NODE_MANAGE = "node.manage";
    /** Read and export the node-warning ledger (节点期限预警台帐). */
    public static final String NODE_LEDGER_READ = "node.ledger.read";
    /** Pause and resume a case's term (审限中止、恢复计算). */
    public static final String CASE_TERM_PAUSE = "case.term.pause";
    /** Extend a case's term after an approved extension; held by the platform acting for the approval service. */
    public static final String CASE_TERM_EXTEND = "case.term.extend";
    /** Read the working-day calendar and compute deadlines. */
    public static final String CALENDAR_READ = "calendar.read";
    /** Put a notice in someone's inbox (areas and the platform). */
    public static final String NOTICE_SEND = "notice.send";
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
