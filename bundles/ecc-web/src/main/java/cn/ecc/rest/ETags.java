package cn.ecc.rest;

import cn.ecc.api.common.StaleVersionException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.Response;

/** Record versions as entity tags, for optimistic locking over HTTP (ETag on reads, If-Match on writes). */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an If-Match header names. Missing: 428 (a write must say which version it changes).
     * Not one of our tags: a {@link StaleVersionException}, as no current version can match it.
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException("修改须带 If-Match 请求头（先读取记录得到的 ETag）", 428);
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new StaleVersionException(-1);
        }
    }

    /** A 200 response with the body and its version as ETag. */
    public static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(of(version)).build();
    }
}
