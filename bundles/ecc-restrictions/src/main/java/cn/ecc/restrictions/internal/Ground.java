package cn.ecc.restrictions.internal;

/**
 * The legal grounds of a listing: for 失信, the six grounds of Art. 1 of the SPC's 2017 rules on the list of
 * dishonest debtors (法释〔2017〕7号); for 限高, Art. 1 of the SPC's rules on restricting high consumption
 * (法释〔2015〕17号): not performing within the period of the execution notice, or being on the dishonest list
 * (which makes the restriction mandatory).
 */
public enum Ground {
    ABLE_BUT_REFUSES(RestrictionType.DISHONEST, "有履行能力而拒不履行生效法律文书确定义务", Ground.DISHONEST_RULES + "第一条第（一）项"),
    OBSTRUCTS(RestrictionType.DISHONEST, "以伪造证据、暴力、威胁等方法妨碍、抗拒执行", Ground.DISHONEST_RULES + "第一条第（二）项"),
    EVADES(RestrictionType.DISHONEST, "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行",
            Ground.DISHONEST_RULES + "第一条第（三）项"),
    VIOLATES_PROPERTY_REPORT(RestrictionType.DISHONEST, "违反财产报告制度", Ground.DISHONEST_RULES + "第一条第（四）项"),
    VIOLATES_CONSUMPTION_ORDER(RestrictionType.DISHONEST, "违反限制消费令", Ground.DISHONEST_RULES + "第一条第（五）项"),
    BREAKS_SETTLEMENT(RestrictionType.DISHONEST, "无正当理由拒不履行执行和解协议", Ground.DISHONEST_RULES + "第一条第（六）项"),
    NOT_PERFORMED_IN_TIME(RestrictionType.CONSUMPTION, "未按执行通知书指定的期间履行生效法律文书确定的给付义务",
            Ground.CONSUMPTION_RULES + "第一条第一款"),
    LISTED_DISHONEST(RestrictionType.CONSUMPTION, "被纳入失信被执行人名单", Ground.CONSUMPTION_RULES + "第一条第一款");

    static final String DISHONEST_RULES = "《最高人民法院关于公布失信被执行人名单信息的若干规定》";
    static final String CONSUMPTION_RULES = "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》";

    private final RestrictionType type;
    private final String label;
    private final String basis;

    Ground(RestrictionType type, String label, String basis) {
        this.type = type;
        this.label = label;
        this.basis = basis;
    }

    /** The measure this ground is a ground for. */
    public RestrictionType type() {
        return type;
    }

    public String label() {
        return label;
    }

    /** The article it comes from. */
    public String basis() {
        return basis;
    }
}
