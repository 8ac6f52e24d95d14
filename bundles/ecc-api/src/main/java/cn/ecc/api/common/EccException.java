package cn.ecc.api.common;

/**
 * A failure the caller can act on: its message is meant for the user (Chinese) and is safe to show;
 * it never carries personal data. Unexpected failures are other exceptions.
 */
public abstract class EccException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected EccException(String message) {
        super(message);
    }
}
