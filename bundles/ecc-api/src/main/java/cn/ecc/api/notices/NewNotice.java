package cn.ecc.api.notices;

/**
 * A notice to send. Exactly one of {@code recipient} and {@code role} is given.
 *
 * @param key a key that makes the notice unique per recipient (e.g. {@code node:17:OVERDUE:2026-03-05T23:59:59}):
 *            sending the same key to the same recipient again sends nothing; null for a notice that may repeat
 */
public record NewNotice(String recipient, String role, String kind, String title, String body, Long caseId,
        String caseNumber, Long nodeId, String key) {
}
