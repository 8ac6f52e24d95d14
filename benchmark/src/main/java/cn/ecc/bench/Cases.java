package cn.ecc.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Valid, realistic cases, the same for a given seed and number: a person applies against a company or a person,
 * with valid citizen ID numbers (check digit per GB 11643) and credit codes, phones and addresses. The API
 * load and the JDBC baseline file exactly these.
 */
public final class Cases {

    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "军", "强", "桂英", "建国"};
    private static final String[] CAUSES = {"民间借贷纠纷", "买卖合同纠纷", "劳动争议", "金融借款合同纠纷", "租赁合同纠纷",
        "建设工程施工合同纠纷", "机动车交通事故责任纠纷", "离婚后财产纠纷"};
    private static final String[] FIRMS = {"建材", "商贸", "机械", "农业科技", "房地产开发", "物流", "食品"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** A party as filed. */
    public record PartyData(String kind, String name, String idNumber, String phone, String address) {
    }

    /** A case as filed; no handler (the case starts REGISTERED), filed today. */
    public record CaseData(String type, String cause, String basis, BigDecimal amount, String filingReference,
            List<PartyData> applicants, List<PartyData> respondents) {

        public String json() {
            ObjectNode n = Api.JSON.createObjectNode();
            n.put("type", type).put("cause", cause).put("basis", basis).put("amount", amount)
                    .put("filingReference", filingReference);
            parties(n.putArray("applicants"), applicants);
            parties(n.putArray("respondents"), respondents);
            try {
                return Api.JSON.writeValueAsString(n);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void parties(ArrayNode a, List<PartyData> parties) {
            for (PartyData p : parties) {
                ObjectNode o = a.addObject().put("kind", p.kind()).put("name", p.name()).put("idNumber", p.idNumber());
                if (p.phone() != null) {
                    o.put("phone", p.phone());
                }
                if (p.address() != null) {
                    o.put("address", p.address());
                }
            }
        }
    }

    private final long seed;
    private final String tag;
    private final boolean personRespondents;

    /**
     * @param tag makes filing references unique across the rounds and sides of one run (e.g. "api-r2")
     */
    public Cases(long seed, String tag) {
        this(seed, tag, false);
    }

    /**
     * @param personRespondents every respondent a natural person of age (for restriction requests); otherwise one
     *                          in three, the others companies
     */
    public Cases(long seed, String tag, boolean personRespondents) {
        this.seed = seed;
        this.tag = tag;
        this.personRespondents = personRespondents;
    }

    public CaseData get(long n) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
        PartyData applicant = new PartyData("PERSON", person(r), citizenId(r), phone(r), address(r));
        PartyData respondent = r.nextInt(3) == 0 || personRespondents
                ? new PartyData("PERSON", person(r), citizenId(r), phone(r), address(r))
                : new PartyData("ORGANISATION", "桐柏县" + pick(r, SURNAMES) + "氏" + pick(r, FIRMS) + "有限公司",
                        creditCode(r), null, address(r));
        BigDecimal amount = BigDecimal.valueOf(r.nextLong(100_00, 5_000_000_00L), 2);
        String basis = "(" + (2020 + r.nextInt(6)) + ")豫1330民初" + (1 + r.nextInt(9999)) + "号民事判决书";
        return new CaseData("FIRST", pick(r, CAUSES), basis, amount, "BENCH-" + tag + "-" + n, List.of(applicant),
                List.of(respondent));
    }

    private static String person(SplittableRandom r) {
        return pick(r, SURNAMES) + pick(r, GIVEN);
    }

    private static String phone(SplittableRandom r) {
        return "13" + (r.nextInt(10)) + String.format("%08d", r.nextInt(100_000_000));
    }

    private static String address(SplittableRandom r) {
        return "河南省桐柏县城关镇" + pick(r, new String[] {"大同街", "淮源大道", "新华路", "桐银路"}) + (1 + r.nextInt(300)) + "号";
    }

    /** An 18-digit citizen ID number of Tongbai county with a real birth date and a correct check digit. */
    static String citizenId(SplittableRandom r) {
        String body = "411330" + (1950 + r.nextInt(50)) + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28))
                + String.format("%03d", r.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK[sum % 11];
    }

    static String creditCode(SplittableRandom r) {
        StringBuilder b = new StringBuilder("91411330");
        for (int i = 0; i < 10; i++) {
            b.append(CODE_CHARS.charAt(r.nextInt(CODE_CHARS.length())));
        }
        return b.toString();
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
