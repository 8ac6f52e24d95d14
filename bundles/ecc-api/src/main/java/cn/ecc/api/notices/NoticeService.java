package cn.ecc.api.notices;

import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.security.Actor;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Inboxes. A notice is for one person, or for a role (then everyone holding the role sees it in their inbox).
 * Call {@link #send} inside the transaction of the change it reports, so both commit together.
 */
@ProviderType
public interface NoticeService {

    /**
     * Puts a notice in an inbox. Permission {@code notice.send}.
     *
     * @return the notice, or empty when one with the same key was already sent to the recipient
     * @throws cn.ecc.api.common.InvalidInputException naming {@code recipient}, {@code title} …
     */
    Optional<Notice> send(NewNotice notice, Actor actor);

    /** The actor's inbox: notices for them and for their roles, newest first. */
    Page<Notice> inbox(Actor actor, boolean unreadOnly, PageRequest page);

    /**
     * Marks a notice of the actor's inbox read.
     *
     * @throws cn.ecc.api.common.NotFoundException when it is not in the actor's inbox
     */
    Notice markRead(long id, Actor actor);
}
