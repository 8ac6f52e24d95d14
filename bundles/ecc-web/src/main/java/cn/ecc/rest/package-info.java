/**
 * What an area bundle needs to serve REST on the platform's application: the names to select it and its
 * JSON provider, the actor behind a request, query-parameter parsing that names the wrong parameter,
 * ETags, and the annotations that set a body limit and document an operation.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package cn.ecc.rest;
