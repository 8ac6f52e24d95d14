/**
 * Case nodes (流程节点) and their deadlines: what must happen on a case, by when, who answers for it; the
 * rules that compute them, the case term (审限), the warning scan and the node-warning ledger (节点期限预警台帐).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package cn.ecc.api.nodes;
