package cn.ecc.web.internal.openapi;

import cn.ecc.rest.Doc;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;

/**
 * Builds the OpenAPI 3.0 document from the resource classes actually registered, so that it lists exactly
 * the operations of the areas installed right now. Records become schemas from their components.
 */
public final class OpenApiBuilder {

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "get", POST.class,
            "post", PUT.class, "put", PATCH.class, "patch", DELETE.class, "delete");

    private final String base;
    private final Map<String, Object> schemas = new TreeMap<>();
    private final Map<String, Map<String, Object>> paths = new TreeMap<>();

    public OpenApiBuilder(String base) {
        this.base = base;
    }

    public OpenApiBuilder add(Class<?> resource) {
        Path root = resource.getAnnotation(Path.class);
        if (root == null) {
            return this;
        }
        Produces classProduces = resource.getAnnotation(Produces.class);
        for (Method m : sorted(resource.getMethods())) {
            String verb = verb(m);
            if (verb == null) {
                continue;
            }
            Path sub = m.getAnnotation(Path.class);
            String path = join(base, root.value(), sub == null ? "" : sub.value());
            Produces produces = m.getAnnotation(Produces.class) != null ? m.getAnnotation(Produces.class)
                    : classProduces;
            paths.computeIfAbsent(path, p -> new TreeMap<>()).put(verb, operation(m, produces));
        }
        return this;
    }

    public Map<String, Object> document(String title, String version) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", title, "version", version));
        doc.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", schemas);
        components.put("securitySchemes", Map.of(
                "basic", Map.of("type", "http", "scheme", "basic"),
                "bearer", Map.of("type", "http", "scheme", "bearer")));
        doc.put("components", components);
        doc.put("security", List.of(Map.of("basic", List.of()), Map.of("bearer", List.of())));
        return doc;
    }

    private Map<String, Object> operation(Method m, Produces produces) {
        Map<String, Object> op = new LinkedHashMap<>();
        Doc doc = m.getAnnotation(Doc.class);
        if (doc != null) {
            op.put("summary", doc.value());
        }
        op.put("operationId", m.getDeclaringClass().getSimpleName() + "." + m.getName());
        if (m.isAnnotationPresent(javax.annotation.security.PermitAll.class)) {
            op.put("security", List.of()); // answered without a login
        }
        List<Map<String, Object>> params = new ArrayList<>();
        Map<String, Object> body = null;
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(Context.class)) {
                continue;
            }
            PathParam path = p.getAnnotation(PathParam.class);
            QueryParam query = p.getAnnotation(QueryParam.class);
            HeaderParam header = p.getAnnotation(HeaderParam.class);
            if (path != null) {
                params.add(param(path.value(), "path", true, p.getParameterizedType()));
            } else if (query != null) {
                params.add(param(query.value(), "query", false, p.getParameterizedType()));
            } else if (header != null) {
                params.add(param(header.value(), "header", false, p.getParameterizedType()));
            } else if (!isEntityStream(p.getType())) {
                Consumes consumes = m.getAnnotation(Consumes.class);
                String type = consumes == null ? "application/json" : consumes.value()[0];
                body = Map.of("required", true, "content", Map.of(type, Map.of("schema",
                        schema(p.getParameterizedType()))));
            } else {
                Consumes consumes = m.getAnnotation(Consumes.class);
                String type = consumes == null ? "application/octet-stream" : consumes.value()[0];
                body = Map.of("required", true, "content", Map.of(type, Map.of("schema",
                        Map.of("type", "string", "format", "binary"))));
            }
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        if (body != null) {
            op.put("requestBody", body);
        }
        int status = doc == null ? 200 : doc.status();
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("description", status == 201 ? "已创建" : status == 204 ? "完成" : "成功");
        Object schema = responseSchema(m, doc);
        if (schema != null) {
            String type = produces == null ? "application/json" : produces.value()[0];
            success.put("content", Map.of(type, Map.of("schema", schema)));
        }
        Map<String, Object> responses = new TreeMap<>();
        responses.put(Integer.toString(status), success);
        responses.put("default", Map.of("description", "错误（application/problem+json）"));
        op.put("responses", responses);
        return op;
    }

    private Object responseSchema(Method m, Doc doc) {
        if (doc != null && doc.returns() != Void.class) {
            if (doc.of() != Void.class) {
                return generic(doc.returns(), doc.of());
            }
            return schema(doc.returns());
        }
        if (m.getReturnType() == void.class || m.getReturnType() == Response.class) {
            return null;
        }
        return schema(m.getGenericReturnType());
    }

    private static boolean isEntityStream(Class<?> type) {
        return java.io.InputStream.class.isAssignableFrom(type) || type == byte[].class;
    }

    private Map<String, Object> param(String name, String in, boolean required, Type type) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("in", in);
        p.put("required", required);
        p.put("schema", schema(type));
        return p;
    }

    /** A schema for a page or list whose element type only the {@link Doc} annotation names. */
    private Object generic(Class<?> container, Class<?> element) {
        String name = container.getSimpleName() + "_" + element.getSimpleName();
        if (!schemas.containsKey(name)) {
            schemas.put(name, Map.of());
            Map<String, Object> props = new LinkedHashMap<>();
            if (container.isRecord()) {
                for (RecordComponent rc : container.getRecordComponents()) {
                    boolean isItems = Collection.class.isAssignableFrom(rc.getType());
                    props.put(rc.getName(), isItems ? Map.of("type", "array", "items", schema(element))
                            : schema(rc.getGenericType()));
                }
            }
            schemas.put(name, Map.of("type", "object", "properties", props));
        }
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    Object schema(Type type) {
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schema(pt.getActualTypeArguments()[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", schema(pt.getActualTypeArguments()[1]));
            }
            if (pt.getActualTypeArguments().length == 1 && pt.getActualTypeArguments()[0] instanceof Class<?> el) {
                return generic(raw, el);
            }
            return schema(raw);
        }
        if (!(type instanceof Class<?> c)) {
            return Map.of("type", "object");
        }
        if (c == String.class || c == char.class || c == Character.class) {
            return Map.of("type", "string");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (c == long.class || c == Long.class || c == BigInteger.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (c == BigDecimal.class || c == double.class || c == Double.class || c == float.class) {
            return Map.of("type", "number");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == LocalDateTime.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c.isEnum()) {
            return Map.of("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
        }
        if (c.isArray()) {
            return c == byte[].class ? Map.of("type", "string", "format", "binary")
                    : Map.of("type", "array", "items", schema(c.getComponentType()));
        }
        if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!schemas.containsKey(name)) {
                schemas.put(name, Map.of());
                Map<String, Object> props = new LinkedHashMap<>();
                for (RecordComponent rc : c.getRecordComponents()) {
                    props.put(rc.getName(), schema(rc.getGenericType()));
                }
                schemas.put(name, Map.of("type", "object", "properties", props));
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        return Map.of("type", "object");
    }

    private static String verb(Method m) {
        if (Modifier.isStatic(m.getModifiers())) {
            return null;
        }
        for (Map.Entry<Class<? extends Annotation>, String> e : VERBS.entrySet()) {
            if (m.isAnnotationPresent(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static List<Method> sorted(Method[] methods) {
        return Arrays.stream(methods).sorted(Comparator.comparing(Method::getName)).toList();
    }

    static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty() || p.equals("/")) {
                continue;
            }
            if (!p.startsWith("/")) {
                sb.append('/');
            }
            sb.append(p.endsWith("/") ? p.substring(0, p.length() - 1) : p);
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }
}
