package cn.ecc.api.common;

/** The actor's roles do not allow this (REST 403). */
public class AccessDeniedException extends EccException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
