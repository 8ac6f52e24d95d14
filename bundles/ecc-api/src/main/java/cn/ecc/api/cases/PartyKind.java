package cn.ecc.api.cases;

/** A party is a natural person or an organisation (法人或非法人组织). */
public enum PartyKind {
    PERSON("自然人"),
    ORGANISATION("法人或非法人组织");

    private final String label;

    PartyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
