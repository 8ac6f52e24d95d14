/**
 * Who acts: the authenticated staff member behind a request or a shell session.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package cn.ecc.api.security;
