package cn.ecc.api.notices;

import java.time.LocalDateTime;

/**
 * A notice in an inbox.
 *
 * @param recipient the username it is for; null when it is for everyone holding {@code role}
 * @param role      the role it is for when no person is named
 * @param kind      what it is about, e.g. {@code node.due-soon}, {@code node.overdue}, {@code node.overdue.report}
 * @param caseId    the case it concerns, or null
 * @param nodeId    the node it concerns, or null
 * @param readAt    when it was marked read; null while unread (a role's notice is read once for the role)
 */
public record Notice(long id, String recipient, String role, String kind, String title, String body, Long caseId,
        String caseNumber, Long nodeId, LocalDateTime createdAt, LocalDateTime readAt) {
}
