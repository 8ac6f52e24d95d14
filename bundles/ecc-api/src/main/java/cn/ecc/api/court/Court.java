package cn.ecc.api.court;

/**
 * The court this installation serves.
 *
 * @param code          法院代字 in case numbers, e.g. {@code 豫1330}
 * @param name          full name, e.g. 桐柏县人民法院
 * @param superiorCourt the intermediate court that receives reports, e.g. 南阳市中级人民法院
 */
public record Court(String code, String name, String superiorCourt) {
}
