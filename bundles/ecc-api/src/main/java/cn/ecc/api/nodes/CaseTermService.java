package cn.ecc.api.nodes;

import cn.ecc.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The case term (审限). Filing a case starts it (6 months; 3 for non-litigation enforcement); it pauses while the
 * case is suspended, in announcement, appraisal, auction or sale, and resumes with the lost days added; it is
 * extended only through an approved extension. The case's {@link NodeTypes#CASE_TERM} node carries the
 * deadline, so that the term is warned about like every node.
 */
@ProviderType
public interface CaseTermService {

    /** The case's term. Permission {@code node.read}. */
    CaseTerm term(long caseId, Actor actor);

    /**
     * Stops the term from running. Permission {@code case.term.pause}.
     *
     * @throws cn.ecc.api.common.ConflictException when it is paused already
     */
    CaseTerm suspend(long caseId, TermPauseReason reason, Actor actor);

    /**
     * Lets the term run again; the whole days since the pause began are added to it. Permission
     * {@code case.term.pause}.
     *
     * @throws cn.ecc.api.common.ConflictException when it is not paused
     */
    CaseTerm resume(long caseId, Actor actor);

    /**
     * Extends the term by {@code days} (1 to 366) as granted by the approval {@code approvalId} (type
     * TERM_EXTENSION, state APPROVED, on this case). Call it once the approval is decided, e.g. on
     * {@code ecc/approval/decided}; when an approval service is installed the approval is checked. Calling it
     * again with the same approval changes nothing and answers the term as it is. Permission
     * {@code case.term.extend} (the platform itself, acting for the approval service).
     *
     * @throws cn.ecc.api.common.ConflictException     when the approval is not an approved term extension of the case
     * @throws cn.ecc.api.common.InvalidInputException naming {@code days}
     */
    CaseTerm extend(long caseId, int days, long approvalId, Actor actor);
}
