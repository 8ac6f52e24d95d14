package cn.ecc.restrictions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecc.api.calendar.WorkCalendar;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Grace periods and terms on the official calendar: month ends, holidays, make-up working days, unknown years. */
class TermsTest {

    private final FakeCalendar calendar = new FakeCalendar();
    private final Terms terms = new Terms(Fakes.of(WorkCalendar.class, calendar));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void withoutGraceTheRestrictionIsInForceOnTheDayOfTheDecision() {
        Terms.Schedule s = terms.schedule(d("2026-03-02"), 0, null, 0);
        assertThat(s.graceUntil()).isNull();
        assertThat(s.effectiveOn()).isEqualTo(d("2026-03-02"));
        assertThat(s.endsOn()).isNull();
        assertThat(s.provisional()).isFalse();
    }

    @Test
    void aGracePeriodEndingOnAHolidayRunsToTheNextWorkingDayAndTheRestrictionStartsTheDayAfter() {
        // 2026-04-04 to 04-06 is 清明节
        Terms.Schedule s = terms.schedule(d("2026-03-04"), 1, null, 0);
        assertThat(s.graceUntil()).isEqualTo(d("2026-04-07"));
        assertThat(s.effectiveOn()).isEqualTo(d("2026-04-08"));
    }

    @Test
    void aGracePeriodFromTheEndOfAMonthEndsOnTheLastDayOfAShorterMonth() {
        // Jan 31 + 1 month = Feb 28 (2026 is no leap year), a Saturday worked for 春节 (调休上班): it stays
        Terms.Schedule s = terms.schedule(d("2026-01-31"), 1, null, 0);
        assertThat(s.graceUntil()).isEqualTo(d("2026-02-28"));
        assertThat(s.effectiveOn()).isEqualTo(d("2026-03-01"));
        // Nov 30 2025 + 3 months = Feb 28 2026 as well
        assertThat(terms.schedule(d("2025-11-30"), 3, null, 0).graceUntil()).isEqualTo(d("2026-02-28"));
    }

    @Test
    void aGracePeriodEndingOnAWeekendMovesToMonday() {
        // 2026-04-18 is a Saturday
        assertThat(terms.schedule(d("2026-03-18"), 1, null, 0).graceUntil()).isEqualTo(d("2026-04-20"));
    }

    @Test
    void aTermEndingInTheNationalHolidayRunsToTheFirstWorkingDayAfterIt() {
        Terms.Schedule s = terms.schedule(d("2025-10-01"), 0, 12, 0);
        assertThat(s.effectiveOn()).isEqualTo(d("2025-10-01"));
        // 2026-10-01 to 10-07 国庆节, 10-08 is a Thursday
        assertThat(s.endsOn()).isEqualTo(d("2026-10-08"));
        assertThat(s.provisional()).isFalse();
    }

    @Test
    void aTermCountsFromTheEndOfTheGracePeriodAndEndsOnTheCorrespondingDayOrTheMonthsLastDay() {
        // decided 2025-07-31, grace 1 month: to 2025-08-31 (a Sunday) -> 09-01; in force from 09-02
        Terms.Schedule s = terms.schedule(d("2025-07-31"), 1, 12, 0);
        assertThat(s.graceUntil()).isEqualTo(d("2025-09-01"));
        assertThat(s.effectiveOn()).isEqualTo(d("2025-09-02"));
        assertThat(s.endsOn()).isEqualTo(d("2026-09-02"));
        // from Aug 31, 6 months: Feb 28 2026, the make-up Saturday, a working day
        assertThat(terms.schedule(d("2025-08-31"), 0, 6, 0).endsOn()).isEqualTo(d("2026-02-28"));
        // from Jan 29 2026, 1 month: no Feb 29, so Feb 28
        assertThat(terms.schedule(d("2026-01-29"), 0, 1, 0).endsOn()).isEqualTo(d("2026-02-28"));
    }

    @Test
    void anExtensionAddsToTheTermAsOneSpanSoThatTheFirstEndsMoveIsNotCarriedOver() {
        // 2025-10-01 + 12 months ends 2026-10-08 (moved off the holiday); extended by 3 months the span is
        // 2025-10-01 + 15 months = 2027-01-01, a year without data: only the weekend is known (a Friday)
        Terms.Schedule s = terms.schedule(d("2025-10-01"), 0, 12, 3);
        assertThat(s.endsOn()).isEqualTo(d("2027-01-01"));
        assertThat(s.provisional()).isTrue();
    }

    @Test
    void anEndInAYearWithoutHolidayDataIsProvisionalAndFollowsTheDataOnceItIsThere() {
        // the default 2 years from 2026-03-02 end on 2028-03-02, a Thursday; 2028's arrangement is not known yet
        Terms.Schedule s = terms.schedule(d("2026-03-02"), 0, 24, 0);
        assertThat(s.endsOn()).isEqualTo(d("2028-03-02"));
        assertThat(s.provisional()).isTrue();
        // 2027 and 2028 published: a (fictional) closure on 2028-03-02 moves the end
        calendar.year(2027, new String[0]).year(2028, new String[] {"2028-03-02/2028-03-03"});
        Terms.Schedule known = terms.schedule(d("2026-03-02"), 0, 24, 0);
        assertThat(known.endsOn()).isEqualTo(d("2028-03-06"));
        assertThat(known.provisional()).isFalse();
    }

    @Test
    void theTermFollowsTheCourtsConfiguration() {
        assertThat(Terms.termMonths(config(2, new String[0], 0), Ground.ABLE_BUT_REFUSES)).isEqualTo(24);
        assertThat(Terms.termMonths(config(2, new String[0], 0), Ground.OBSTRUCTS)).isEqualTo(24);
        assertThat(Terms.termMonths(config(3, new String[0], 0), Ground.EVADES)).isEqualTo(36);
        assertThat(Terms.termMonths(config(2, new String[] {"ABLE_BUT_REFUSES"}, 0), Ground.ABLE_BUT_REFUSES)).isNull();
        assertThat(Terms.termMonths(config(2, new String[] {"able_but_refuses"}, 0), Ground.EVADES)).isEqualTo(24);
        assertThat(Terms.termMonths(config(2, new String[0], 0), Ground.NOT_PERFORMED_IN_TIME)).isNull();
        assertThat(Terms.termMonths(config(2, new String[0], 1), Ground.LISTED_DISHONEST)).isEqualTo(12);
    }

    @Test
    void aTemporaryLiftingLastsAtMostOneMonth() {
        assertThat(Terms.latestLiftEnd(d("2026-03-05"))).isEqualTo(d("2026-04-05"));
        assertThat(Terms.latestLiftEnd(d("2026-01-31"))).isEqualTo(d("2026-02-28"));
    }

    static RestrictionsConfig config(int dishonestYears, String[] termless, int consumptionYears) {
        return new RestrictionsConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return RestrictionsConfig.class;
            }

            @Override
            public int dishonestTermYears() {
                return dishonestYears;
            }

            @Override
            public String[] termlessGrounds() {
                return termless;
            }

            @Override
            public int consumptionTermYears() {
                return consumptionYears;
            }

            @Override
            public int sweepIntervalMinutes() {
                return 60;
            }
        };
    }
}
