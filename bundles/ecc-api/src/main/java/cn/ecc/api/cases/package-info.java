/**
 * Enforcement cases (执行案件), their parties and the case service.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package cn.ecc.api.cases;
