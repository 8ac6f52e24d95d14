/**
 * What other areas may rely on of the restrictions area (失信被执行人名单、限制高消费): the topics it publishes
 * after commit, their properties, and the names of its permissions.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package cn.ecc.api.restrictions;
