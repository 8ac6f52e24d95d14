/**
 * The demonstration data set (fictional staff and cases), loaded only on request.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package cn.ecc.api.demo;
