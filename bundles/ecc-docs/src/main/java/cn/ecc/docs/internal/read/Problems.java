package cn.ecc.docs.internal.read;

import cn.ecc.api.common.InvalidInputException;

/** The refusals a user sees when an uploaded file cannot be read; all name the field {@code file}. */
public final class Problems {

    public static final String FIELD = "file";

    private Problems() {
    }

    public static InvalidInputException notXlsx() {
        return InvalidInputException.of(FIELD, "文件不是有效的 XLSX 文件");
    }

    public static InvalidInputException notXlsx(String why) {
        return InvalidInputException.of(FIELD, "文件不是有效的 XLSX 文件：" + why);
    }

    public static InvalidInputException legacyExcel() {
        return InvalidInputException.of(FIELD, "文件是旧版 Excel（.xls）格式或已加密，请在 Excel 中另存为 .xlsx 后再上传");
    }

    public static InvalidInputException notCsv(String why) {
        return InvalidInputException.of(FIELD, why == null ? "文件不是有效的 CSV 文件" : "文件不是有效的 CSV 文件：" + why);
    }

    public static InvalidInputException tooLarge(long limitBytes) {
        String size = limitBytes >= 1024 * 1024 ? limitBytes / (1024 * 1024) + " MB" : limitBytes / 1024 + " KB";
        return InvalidInputException.of(FIELD, "文件过大：内容超过 " + size + "，无法读取");
    }
}
