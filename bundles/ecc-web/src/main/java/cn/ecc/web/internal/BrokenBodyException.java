package cn.ecc.web.internal;

import java.io.IOException;

/**
 * A request body that broke off or was malformed on the wire (a chunk size that is no number, a connection
 * closed mid-body). Answered 400; an {@link IOException}, so that the runtime's own reading of what is left of the
 * body gives up quietly instead of failing the answer.
 */
public class BrokenBodyException extends IOException {

    private static final long serialVersionUID = 1L;

    public BrokenBodyException(Throwable cause) {
        super("the request body is broken: " + cause.getMessage(), cause);
    }
}
