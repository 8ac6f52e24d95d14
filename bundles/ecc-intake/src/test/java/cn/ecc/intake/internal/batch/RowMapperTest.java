package cn.ecc.intake.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.cases.CaseType;
import cn.ecc.api.cases.NewCase;
import cn.ecc.api.cases.Party;
import cn.ecc.api.cases.PartyKind;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Violation;
import cn.ecc.intake.internal.batch.RowMapper.Issue;
import cn.ecc.intake.internal.batch.RowMapper.Mapped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RowMapperTest {

    static final List<String> HEADERS = List.of("立案部门编号", "案件类型", "立案日期", "案由", "执行依据",
            "申请执行标的（元）", "* 申请执行人", "申请执行人证件号码", "被执行人", "被执行人类型", "被执行人证件号码",
            "被执行人电话", "承办人", "备注");

    private final Header header = Header.read(1, HEADERS);
    private final RowMapper mapper = new RowMapper(header,
            who -> Optional.ofNullable(Map.of("邓卫东", "dengwd", "dengwd", "dengwd").get(who)));

    static List<String> row(String... cells) {
        return List.of(cells);
    }

    @Test
    void readsAGoodRowWithChineseHeadersAndLooseFormats() {
        Mapped m = mapper.map(row("LA-1", "执", "2026年3月2日", "民间借贷纠纷", "(2025)豫1330民初456号民事判决书",
                "120,000.50元", "张三", "11010519491231002x", "桐柏县某建材有限公司", "", "91411330MA44XXXX1B",
                "0377-1234567", "邓卫东", "加急"));
        assertThat(m.issues()).isEmpty();
        NewCase c = m.input();
        assertThat(c.type()).isEqualTo(CaseType.FIRST);
        assertThat(c.filedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(c.amount()).isEqualByComparingTo("120000.50");
        assertThat(c.handler()).isEqualTo("dengwd");
        assertThat(c.filingReference()).isEqualTo("LA-1");
        assertThat(c.applicants()).containsExactly(
                new Party(null, PartyKind.PERSON, "张三", "11010519491231002X", null, null));
        assertThat(c.respondents().get(0).kind()).isEqualTo(PartyKind.ORGANISATION);
        assertThat(header.unknown()).containsExactly("备注");
    }

    @Test
    void severalPartiesGoInOneRowSeparatedBySemicolons() {
        Mapped m = mapper.map(row("LA-2", "FIRST", "", "", "判决书", "100", "张三；李四", "", "王五;赵六", "自然人",
                "11010519491231002X;", "", "", ""));
        assertThat(m.input().applicants()).extracting(Party::name).containsExactly("张三", "李四");
        assertThat(m.input().respondents()).extracting(Party::kind).containsOnly(PartyKind.PERSON);
        assertThat(m.issues()).isEmpty();

        Mapped misaligned = mapper.map(row("LA-3", "执", "", "", "判决书", "100", "张三", "", "王五;赵六", "",
                "11010519491231002X;110105491231002;1", "", "", ""));
        assertThat(misaligned.issues()).extracting(Issue::column).containsExactly("被执行人证件号码");
    }

    @Test
    void namesTheColumnOfEachProblem() {
        Mapped m = mapper.map(row("", "民初", "2026-02-30", "", "", "十万元", "", "", "王五", "机器人", "", "", "钱七", ""));
        assertThat(m.issues()).extracting(Issue::column).containsExactlyInAnyOrder("立案部门编号", "案件类型", "立案日期",
                "申请执行标的（元）", "被执行人类型", "承办人");
    }

    @Test
    void mapsTheCaseServicesViolationsBackToColumns() {
        List<Issue> issues = mapper.onColumns(List.of(new Violation("basis", "必须填写"),
                new Violation("respondents[1].idNumber", "公民身份号码格式或校验位不正确"),
                new Violation("applicants", "至少需要一名当事人")));
        assertThat(issues).containsExactly(new Issue("执行依据", "必须填写"),
                new Issue("被执行人证件号码", "第2位：公民身份号码格式或校验位不正确"),
                new Issue("* 申请执行人", "至少需要一名当事人"));
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        assertThatThrownBy(() -> Header.read(1, List.of("案号", "被执行人", "被执行人")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message)
                        .anyMatch(s -> s.contains("重复"))
                        .anyMatch(s -> s.contains("立案部门编号"))
                        .anyMatch(s -> s.contains("申请执行人")));
    }

    @Test
    void englishHeadersWorkToo() {
        Header english = Header.read(1, List.of("filingReference", "type", "basis", "amount", "applicantName",
                "respondentName"));
        Mapped m = new RowMapper(english, who -> Optional.empty()).map(row("X-1", "RESUMED", "判决书", "5", "甲公司", "乙"));
        assertThat(m.issues()).isEmpty();
        assertThat(m.input().type()).isEqualTo(CaseType.RESUMED);
        assertThat(m.input().applicants().get(0).kind()).isEqualTo(PartyKind.ORGANISATION);
        assertThat(m.input().amount()).isEqualTo(new BigDecimal("5"));
    }
}
