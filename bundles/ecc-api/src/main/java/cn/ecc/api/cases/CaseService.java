package cn.ecc.api.cases;

import cn.ecc.api.common.Page;
import cn.ecc.api.common.Violation;
import cn.ecc.api.security.Actor;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The shared case service. Every method checks the actor's permissions; reads answer personal data masked
 * unless the actor may see it in full. Failures are {@link cn.ecc.api.common.InvalidInputException}
 * (nothing written), {@link cn.ecc.api.common.NotFoundException},
 * {@link cn.ecc.api.common.StaleVersionException} and {@link cn.ecc.api.common.AccessDeniedException}.
 */
@ProviderType
public interface CaseService {

    /**
     * Files a case: validates it, allocates its number (gap-free per year, court and type, also under
     * concurrent filing) and stores it with its parties in one transaction.
     */
    CaseDetail file(NewCase input, Actor actor);

    /**
     * What {@link #file} would refuse in this input, without writing anything: every violation, each naming
     * its field (e.g. {@code respondents[0].idNumber}). Empty when the input would be filed. A spreadsheet
     * import checks each row with it before filing any.
     */
    List<Violation> check(NewCase input);

    /**
     * The case; the parties' ID numbers, phones and addresses in full when the actor may read them, and that
     * read is audited (a read by {@link Actor#system()} is not: the platform's own work shows nothing to anyone).
     */
    CaseDetail get(long id, Actor actor);

    /**
     * The case with its parties' personal data masked whatever the actor may see, and nothing audited: for work
     * that shows no personal data to the person asking (a permission and existence check, documents that carry
     * names only, a handler draw), so that the trail of personal-data reads names only reads that showed some.
     *
     * @since 1.1
     */
    CaseDetail getMasked(long id, Actor actor);

    Optional<CaseDetail> findByNumber(String number, Actor actor);

    Optional<CaseDetail> findByFilingReference(String filingReference, Actor actor);

    Page<CaseSummary> search(CaseQuery query, Actor actor);

    /**
     * Applies a patch if the case is still at {@code expectedVersion}.
     *
     * @throws cn.ecc.api.common.StaleVersionException when someone changed it since
     */
    CaseDetail update(long id, long expectedVersion, CasePatch patch, Actor actor);

    /**
     * Assigns the first handler (分案) of a registered case; the case becomes active. Publishes
     * {@link cn.ecc.api.events.EccTopics#CASE_ASSIGNED}.
     *
     * @param handler the handler's username (an active judge)
     * @throws cn.ecc.api.common.ConflictException when the case has a handler already (a change of handler goes
     *                                             through the handler-change approval)
     */
    CaseDetail assignHandler(long id, String handler, Actor actor);
}
