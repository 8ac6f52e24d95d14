package cn.ecc.rest;

/**
 * The names by which resources and extensions join the platform's one JAX-RS application. Every area
 * resource carries:
 *
 * <pre>
 * &#64;JaxrsResource
 * &#64;JaxrsApplicationSelect(EccRest.APP_SELECT)
 * &#64;JaxrsExtensionSelect(EccRest.JSON_SELECT)
 * </pre>
 *
 * so that it is served under {@code /api} with the platform's JSON and error handling, and waits for them.
 */
public final class EccRest {

    public static final String APP_NAME = "ecc";
    public static final String APP_BASE = "/api";
    public static final String APP_SELECT = "(osgi.jaxrs.name=" + APP_NAME + ")";

    public static final String JSON_EXTENSION = "ecc.json";
    public static final String JSON_SELECT = "(osgi.jaxrs.name=" + JSON_EXTENSION + ")";

    /**
     * The authentication filter: every request but those to methods marked {@code @PermitAll}
     * ({@code javax.annotation.security}) needs a login; the actor is then the request's user principal
     * ({@link RestActors#actor}).
     */
    public static final String AUTH_EXTENSION = "ecc.auth";
    public static final String AUTH_SELECT = "(osgi.jaxrs.name=" + AUTH_EXTENSION + ")";

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private EccRest() {
    }
}
