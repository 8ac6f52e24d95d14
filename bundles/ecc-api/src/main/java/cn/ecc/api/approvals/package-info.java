/**
 * One approval service for every area: typed requests on a case, a chain of approver roles per type,
 * final and audited decisions published as events, and a printable approval form (审批单).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package cn.ecc.api.approvals;
