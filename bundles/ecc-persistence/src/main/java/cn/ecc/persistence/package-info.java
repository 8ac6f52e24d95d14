/**
 * Persistence support shared by the core and the area bundles: transactions over an Aries
 * {@code JpaTemplate} whose failures arrive unwrapped, detection of constraint violations, and events
 * posted only once the change is committed.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package cn.ecc.persistence;
