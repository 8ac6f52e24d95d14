/**
 * Case nodes (流程节点) and their deadlines: what must happen on a case, by when, who answers for it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package cn.ecc.api.nodes;
