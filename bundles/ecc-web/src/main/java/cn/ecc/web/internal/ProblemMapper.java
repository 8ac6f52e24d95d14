package cn.ecc.web.internal;

import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.EccException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.common.StaleVersionException;
import cn.ecc.api.common.Violation;
import cn.ecc.api.security.AccountLockedException;
import cn.ecc.api.security.AuthenticationException;
import cn.ecc.rest.EccRest;
import cn.ecc.rest.ETags;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure of the platform's application as problem+json. Client errors name the field and are not
 * logged as errors; an unexpected failure answers 500 with a reference that the log line carries too.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("ecc.problems")
@JaxrsApplicationSelect(EccRest.APP_SELECT)
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        String path = path();
        EccException ecc = find(failure, EccException.class);
        if (ecc != null) {
            return fromEcc(ecc, path);
        }
        PayloadTooLargeException tooLarge = find(failure, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return answer(413, tooLarge.getMessage(), path, null, null);
        }
        JsonProcessingException json = find(failure, JsonProcessingException.class);
        if (json != null && !(json instanceof InvalidDefinitionException)) {
            return answer(400, "请求内容无法读取", path, List.of(violation(json)), null);
        }
        if (isBrokenTransfer(failure)) {
            LOG.debug("{}: the request body broke off: {}", path, failure.toString());
            return answer(400, "请求内容不完整或传输编码有误", path, null, null);
        }
        if (failure instanceof WebApplicationException web && web.getResponse() != null
                && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            LOG.debug("{} {}: {}", status, path, failure.getMessage());
            return answer(status, clientMessage(web, status), path, null, null);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected failure on {} (reference {})", path, reference, failure);
        return answer(500, "服务器内部错误，请将参考编号告知系统管理员", path, null, reference);
    }

    private Response fromEcc(EccException e, String path) {
        LOG.debug("{}: {}", path, e.getMessage());
        if (e instanceof AuthenticationException auth) {
            return authenticationFailed(auth, path, requestHeaders());
        }
        if (e instanceof InvalidInputException invalid) {
            return answer(400, "请求数据有误，请按 errors 修改后重试", path, invalid.violations(), null);
        }
        if (e instanceof NotFoundException) {
            return answer(404, e.getMessage(), path, null, null);
        }
        if (e instanceof StaleVersionException stale) {
            Response r = answer(412, e.getMessage(), path, null, null);
            return stale.currentVersion() < 0 ? r
                    : Response.fromResponse(r).tag(ETags.of(stale.currentVersion())).build();
        }
        if (e instanceof ConflictException) {
            return answer(409, e.getMessage(), path, null, null);
        }
        if (e instanceof AccessDeniedException) {
            return answer(403, e.getMessage(), path, null, null);
        }
        return answer(400, e.getMessage(), path, null, null);
    }

    /** A WebApplicationException's own message is English from the JAX-RS runtime unless ours. */
    private static String clientMessage(WebApplicationException e, int status) {
        String m = e.getMessage();
        boolean ours = m != null && m.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                == Character.UnicodeScript.HAN);
        return ours ? m : Problem.title(status);
    }

    /**
     * Whether the request body broke off or was malformed on the wire (a bad chunk, a closed connection): the
     * client's fault, reported by Jetty with its own exception types, named here to keep Jetty out of the imports.
     */
    static boolean isBrokenTransfer(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof BrokenBodyException || name.equals("org.eclipse.jetty.io.EofException")
                    || name.equals("org.eclipse.jetty.http.BadMessageException")) {
                return true;
            }
        }
        return false;
    }

    static Violation violation(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping.getPath());
            return new Violation(field, mappingMessage(mapping));
        }
        if (e instanceof StreamConstraintsException) {
            return new Violation("", "数值或文本超出长度限制");
        }
        if (e instanceof JsonParseException parse && parse.getLocation() != null) {
            return new Violation("", "JSON 格式错误（第 " + parse.getLocation().getLineNr() + " 行第 "
                    + parse.getLocation().getColumnNr() + " 列）");
        }
        if (e instanceof MismatchedInputException) {
            return new Violation("", "请求内容不是所需的 JSON 对象");
        }
        return new Violation("", "JSON 格式错误");
    }

    private static String mappingMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "未知字段";
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return "取值无效，可选：" + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (target != null && Temporal.class.isAssignableFrom(target)) {
            return "日期无效，应为 ISO-8601 格式的真实日期（如 2026-03-02）";
        }
        if (target != null && (Number.class.isAssignableFrom(target) || target.isPrimitive()
                && target != boolean.class)) {
            return "应为数字";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "应为 true 或 false";
        }
        if (target == String.class) {
            return "应为文本";
        }
        if (target != null && (List.class.isAssignableFrom(target) || target.isArray())) {
            return "应为数组";
        }
        if (e instanceof InvalidFormatException) {
            return "取值格式不正确";
        }
        return target == null ? "类型不正确" : "应为 JSON 对象";
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            }
        }
        return sb.toString();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private String path() {
        try {
            return uri == null ? null : uri.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private MultivaluedMap<String, String> requestHeaders() {
        try {
            return headers == null ? null : headers.getRequestHeaders();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * 401 with a challenge, or 423 for a locked account. Browser scripts (a Bearer token or
     * {@code X-Requested-With}) are challenged with Bearer, so that the browser shows no password dialog.
     */
    static Response authenticationFailed(AuthenticationException e, String path, MultivaluedMap<String, String> request) {
        if (e instanceof AccountLockedException) {
            return answer(423, e.getMessage(), path, null, null);
        }
        String authorization = request == null ? null : request.getFirst(HttpHeaders.AUTHORIZATION);
        boolean script = request != null && request.getFirst("X-Requested-With") != null
                || authorization != null && authorization.strip().regionMatches(true, 0, "Bearer", 0, 6);
        String challenge = script ? "Bearer realm=\"ECC\"" + (authorization == null ? "" : ", error=\"invalid_token\"")
                : "Basic realm=\"ECC\", charset=\"UTF-8\"";
        return Response.fromResponse(answer(401, e.getMessage(), path, null, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    static Response answer(int status, String detail, String instance, List<Violation> errors, String reference) {
        Problem p = new Problem(Problem.type(status), Problem.title(status), status, detail, instance, errors,
                reference);
        return Response.status(status).type(EccRest.PROBLEM_JSON).entity(p).build();
    }
}
