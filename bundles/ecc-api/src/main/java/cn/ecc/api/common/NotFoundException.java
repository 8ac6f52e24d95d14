package cn.ecc.api.common;

/** No such record (REST 404). */
public class NotFoundException extends EccException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
