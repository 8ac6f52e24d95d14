package cn.ecc.web.internal;

import javax.ws.rs.WebApplicationException;

/** The request body is larger than the method accepts (413). */
final class PayloadTooLargeException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    PayloadTooLargeException(long limit) {
        super("请求内容超过 " + limit + " 字节的上限", 413);
    }
}
