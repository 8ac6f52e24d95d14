package cn.ecc.api.cases;

import cn.ecc.api.security.Actor;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An area's own record of every case filed, written in the filing's transaction: the case and the area's record
 * commit together or not at all, whichever way the case was filed ({@code POST /api/cases}, intake, a batch,
 * another system). Register one as an OSGi service; the core calls every registered participant.
 * <p>
 * The call comes after the case, its parties and its nodes are written and before the filing's audit record,
 * inside a JTA transaction that an area's persistence unit joins ({@code Transactions.required}). A participant
 * that throws fails the filing, so it does only what must be true of every filed case and leaves the rest to the
 * {@code ecc/case/filed} event, which is posted after the commit. The work may run again: a transaction that
 * lost a conflict with another one is retried from the start.
 *
 * @since 1.2
 */
@ConsumerType
public interface FilingParticipant {

    /**
     * @param filed the case as filed, with its id and number, as the filer sees it (personal data masked for a
     *              filer who may not read it)
     * @param input what was filed, parties in full
     * @param actor who filed it
     */
    void caseFiled(CaseDetail filed, NewCase input, Actor actor);
}
