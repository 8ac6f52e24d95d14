/**
 * Masking of personal data (ID numbers, phones, addresses) for lists and logs.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package cn.ecc.api.privacy;
