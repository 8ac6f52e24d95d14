/**
 * EventAdmin topics and event properties the platform publishes (ecc/&lt;area&gt;/&lt;what&gt;).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package cn.ecc.api.events;
