/**
 * Documents the product produces and reads: XLSX ledgers, printable PDF (with an embedded CJK font),
 * and streaming reads of spreadsheets (XLSX, CSV). Areas describe content; the platform renders it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package cn.ecc.api.docs;
