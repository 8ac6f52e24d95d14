package cn.ecc.api.common;

/**
 * The record changed since the caller read it (optimistic locking; REST 412 on a stale If-Match).
 * Nothing was written.
 */
public class StaleVersionException extends EccException {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    public StaleVersionException(long currentVersion) {
        super("记录已被他人修改，请刷新后重试");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
