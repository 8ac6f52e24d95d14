package cn.ecc.web.internal;

import cn.ecc.api.common.Violation;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error answer (RFC 9457 problem details). {@code errors} names each wrong field; {@code reference}
 * identifies an unexpected failure in the log.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> errors, String reference) {

    static String title(int status) {
        return switch (status) {
            case 400 -> "请求数据有误";
            case 401 -> "未登录或登录已失效";
            case 403 -> "没有权限";
            case 404 -> "资源不存在";
            case 405 -> "不支持该请求方法";
            case 406 -> "无法提供所要求的格式";
            case 409 -> "与当前状态冲突";
            case 412 -> "记录已被修改";
            case 413 -> "请求内容过大";
            case 415 -> "不支持的内容类型";
            case 423 -> "账户已锁定";
            case 428 -> "缺少版本条件";
            case 429 -> "请求过于频繁";
            case 503 -> "服务暂不可用";
            default -> status >= 500 ? "服务器内部错误" : "请求无法处理";
        };
    }

    static String type(int status) {
        return switch (status) {
            case 400 -> "urn:ecc:problem:invalid-input";
            case 401 -> "urn:ecc:problem:unauthenticated";
            case 403 -> "urn:ecc:problem:forbidden";
            case 404 -> "urn:ecc:problem:not-found";
            case 409 -> "urn:ecc:problem:conflict";
            case 412 -> "urn:ecc:problem:stale-version";
            case 413 -> "urn:ecc:problem:payload-too-large";
            case 423 -> "urn:ecc:problem:account-locked";
            case 428 -> "urn:ecc:problem:precondition-required";
            case 503 -> "urn:ecc:problem:unavailable";
            default -> "about:blank";
        };
    }
}
