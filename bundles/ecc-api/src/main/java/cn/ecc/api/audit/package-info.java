/**
 * The append-only audit trail: who changed what, when, before and after; linked by a hash chain so that an
 * altered or missing record is found.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package cn.ecc.api.audit;
