/**
 * The clock service: the only source of "now" in the product, so that every deadline rule is testable.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package cn.ecc.api.time;
