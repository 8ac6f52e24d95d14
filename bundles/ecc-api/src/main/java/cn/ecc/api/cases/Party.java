package cn.ecc.api.cases;

/**
 * An applicant (申请执行人) or respondent (被执行人). The ID number (居民身份证号 or 统一社会信用代码),
 * phone and address are personal data: services answer them masked unless the reader holds
 * {@code party.personal.read}.
 *
 * @param id       the party's id within the platform; null on input
 * @param kind     person or organisation
 * @param name     name as on the legal document
 * @param idNumber citizen ID number (persons) or unified social credit code (organisations)
 * @param phone    contact phone
 * @param address  address for service of documents
 */
public record Party(Long id, PartyKind kind, String name, String idNumber, String phone, String address) {

    /** The same party with its personal data replaced by the given values. */
    public Party withPersonalData(String idNumber, String phone, String address) {
        return new Party(id, kind, name, idNumber, phone, address);
    }
}
