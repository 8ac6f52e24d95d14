package cn.ecc.api.common;

/**
 * Which page of a list to answer.
 *
 * @param limit  rows per page, 1 to {@link #MAX_LIMIT}
 * @param offset rows to skip, zero or more
 */
public record PageRequest(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "每页条数须在 1 到 " + MAX_LIMIT + " 之间");
        }
        if (offset < 0) {
            throw InvalidInputException.of("offset", "偏移量不能为负数");
        }
    }

    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, 0);
    }

    /** Reads optional limit/offset values as they arrive from a query string or a shell option. */
    public static PageRequest of(Integer limit, Integer offset) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, offset == null ? 0 : offset);
    }
}
