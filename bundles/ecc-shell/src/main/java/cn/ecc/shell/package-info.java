/**
 * What an area's shell commands share with the platform's: one clear line for a refused command, option
 * parsing in Chinese, tables that line up Chinese text, and the actor of the session.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package cn.ecc.shell;
