package cn.ecc.restrictions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseStatus;
import cn.ecc.api.cases.CaseType;
import cn.ecc.api.cases.IdNumbers;
import cn.ecc.api.cases.Party;
import cn.ecc.api.cases.PartyKind;
import cn.ecc.api.common.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListingRulesTest {

    static final Party APPLICANT = new Party(1L, PartyKind.PERSON, "张三", "11010519491231002X", null, null);
    static final Party COMPANY = new Party(2L, PartyKind.ORGANISATION, "桐柏县某建材有限公司", "91411330MA44XXXX1B", null, null);
    static final Party PERSON = new Party(3L, PartyKind.PERSON, "李四", Ids.born(LocalDate.of(1980, 5, 6)), null, null);

    static CaseDetail caseWith(List<Party> applicants, List<Party> respondents) {
        return new CaseDetail(10L, "(2026)豫1330执12号", 2026, "豫1330", CaseType.FIRST, 12, CaseStatus.ACTIVE, "民间借贷纠纷",
                "(2025)豫1330民初456号民事判决书", new BigDecimal("1000"), LocalDate.of(2026, 1, 5), false, "chenlin", null,
                false, null, null, null, applicants, respondents, 1, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void onlyARespondentOfTheCaseCanBeListed() {
        CaseDetail c = caseWith(List.of(APPLICANT), List.of(COMPANY, PERSON));
        assertThat(ListingRules.respondent(c, 3L, "partyId")).isEqualTo(PERSON);
        assertThat(ListingRules.respondent(c, 2L, "partyId")).isEqualTo(COMPANY);
        assertThatThrownBy(() -> ListingRules.respondent(c, 1L, "partyId")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("partyId").hasMessageContaining("申请执行人");
        assertThatThrownBy(() -> ListingRules.respondent(c, 99L, "partyId")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不是本案");
        assertThatThrownBy(() -> ListingRules.respondent(c, null, "partyId"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theBirthDateComesFromTheIdNumberOrIsStatedWhenThereIsNone() {
        LocalDate birth = LocalDate.of(2008, 3, 2);
        Party minor = new Party(5L, PartyKind.PERSON, "王五", Ids.born(birth), null, null);
        assertThat(IdNumbers.isCitizenId(minor.idNumber())).isTrue();
        assertThat(ListingRules.birthDate(minor, null, "birthDate")).contains(birth);
        assertThat(ListingRules.birthDate(minor, birth, "birthDate")).contains(birth);
        assertThatThrownBy(() -> ListingRules.birthDate(minor, birth.plusYears(1), "birthDate"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不符");

        Party noNumber = new Party(6L, PartyKind.PERSON, "赵六", null, null, null);
        assertThatThrownBy(() -> ListingRules.birthDate(noNumber, null, "birthDate"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("birthDate");
        assertThat(ListingRules.birthDate(noNumber, birth, "birthDate")).contains(birth);
        Party passport = new Party(7L, PartyKind.PERSON, "John Smith", "E12345678", null, null);
        assertThat(ListingRules.birthDate(passport, LocalDate.of(1970, 1, 1), "birthDate")).contains(LocalDate.of(1970, 1, 1));

        assertThat(ListingRules.birthDate(COMPANY, null, "birthDate")).isEmpty();
        // the old 15-digit numbers carry a birth date too
        assertThat(ListingRules.birthDate(new Party(8L, PartyKind.PERSON, "钱七", "110105491231002", null, null), null,
                "birthDate")).contains(LocalDate.of(1949, 12, 31));
    }

    @Test
    void aPersonIsAMinorUpToAndIncludingTheEighteenthBirthday() {
        LocalDate birth = LocalDate.of(2008, 3, 2);
        assertThat(ListingRules.minorOn(birth, LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(ListingRules.minorOn(birth, LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(ListingRules.minorOn(birth, LocalDate.of(2026, 3, 3))).isFalse();
        // born on Feb 29: the birthday is Feb 28 in other years, of age from Mar 1
        LocalDate leap = LocalDate.of(2008, 2, 29);
        assertThat(ListingRules.minorOn(leap, LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(ListingRules.minorOn(leap, LocalDate.of(2026, 3, 1))).isFalse();
    }

    @Test
    void aMinorIsRefusedNamingTheField() {
        LocalDate birth = LocalDate.of(2010, 6, 1);
        assertThatThrownBy(() -> ListingRules.refuseMinor(Optional.of(birth), LocalDate.of(2026, 3, 2), "partyId"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).field()).isEqualTo("partyId");
                    assertThat(e.violations().get(0).message()).contains("未满十八周岁");
                });
        ListingRules.refuseMinor(Optional.of(LocalDate.of(1990, 1, 1)), LocalDate.of(2026, 3, 2), "partyId");
        ListingRules.refuseMinor(Optional.empty(), LocalDate.of(2026, 3, 2), "partyId");
    }

    @Test
    void thePersonKeyFollowsTheIdNumberWithoutHoldingIt() {
        String key = ListingRules.personKey(PERSON);
        assertThat(key).startsWith("H:").doesNotContain(PERSON.idNumber()).hasSize(66);
        Party sameWithLowerX = new Party(30L, PartyKind.PERSON, "李四", " " + PERSON.idNumber().toLowerCase() + " ", null,
                null);
        assertThat(ListingRules.personKey(sameWithLowerX)).isEqualTo(key);
        assertThat(ListingRules.personKey(new Party(9L, PartyKind.PERSON, "无证号", null, null, null)))
                .isEqualTo("N:无证号");
    }
}
