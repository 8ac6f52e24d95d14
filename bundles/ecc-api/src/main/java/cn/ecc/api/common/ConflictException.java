package cn.ecc.api.common;

/** The request is well formed but a business rule refuses it in the record's present state (REST 409). */
public class ConflictException extends EccException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
