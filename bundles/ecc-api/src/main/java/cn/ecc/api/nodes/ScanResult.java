package cn.ecc.api.nodes;

import java.time.LocalDateTime;

/**
 * What one warning scan did.
 *
 * @param ran     false when another scan (on this or another instance) was running, so this one did nothing
 * @param at      the clock's time the scan judged against
 * @param dueSoon nodes newly marked due soon
 * @param overdue nodes newly marked overdue (each one a row of the node-warning ledger)
 * @param notices notices put in inboxes
 * @param message a line for the user (Chinese)
 */
public record ScanResult(boolean ran, LocalDateTime at, int dueSoon, int overdue, int notices, String message) {
}
