/**
 * Notices (提醒): messages the platform puts in a staff member's inbox, or in the shared inbox of a role, e.g.
 * that a node is due soon or overdue.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package cn.ecc.api.notices;
