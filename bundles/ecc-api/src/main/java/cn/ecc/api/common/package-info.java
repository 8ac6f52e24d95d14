/**
 * Value types and exceptions shared by every service: pages, validation failures, conflicts.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package cn.ecc.api.common;
