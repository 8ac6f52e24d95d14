package cn.ecc.restrictions.internal;

import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.IdNumbers;
import cn.ecc.api.cases.Party;
import cn.ecc.api.cases.PartyKind;
import cn.ecc.api.common.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** The rules of who may be listed, as plain functions of the case and the dates (no state). */
final class ListingRules {

    static final int ADULT_AGE = 18;

    private ListingRules() {
    }

    /**
     * The respondent the request names. A party of the case who is not a respondent (an applicant), or no
     * party of the case at all, is refused: only 被执行人 are listed.
     */
    static Party respondent(CaseDetail c, Long partyId, String field) {
        if (partyId == null) {
            throw InvalidInputException.of(field, "必须填写被执行人（当事人编号）");
        }
        for (Party p : c.respondents()) {
            if (partyId.equals(p.id())) {
                return p;
            }
        }
        boolean applicant = c.applicants().stream().anyMatch(p -> partyId.equals(p.id()));
        throw InvalidInputException.of(field, applicant ? "该当事人是本案申请执行人，不是被执行人，不能纳入"
                : "该当事人不是本案（" + c.number() + "）的被执行人，不能纳入");
    }

    /**
     * The birth date of a natural person: the one the citizen ID number carries, or the one stated when the
     * person has no citizen ID number (a passport, no number on file). A stated date that contradicts the ID
     * number is refused. Organisations have none (empty).
     */
    static Optional<LocalDate> birthDate(Party p, LocalDate stated, String field) {
        if (p.kind() != PartyKind.PERSON) {
            return Optional.empty();
        }
        Optional<LocalDate> fromId = IdNumbers.isCitizenId(p.idNumber()) ? IdNumbers.birthDate(p.idNumber().toUpperCase(
                Locale.ROOT)) : Optional.empty();
        if (fromId.isPresent()) {
            if (stated != null && !stated.equals(fromId.get())) {
                throw InvalidInputException.of(field, "所填出生日期与被执行人的公民身份号码不符");
            }
            return fromId;
        }
        if (stated == null) {
            throw InvalidInputException.of(field, "被执行人无有效的公民身份号码，无法确定其是否成年，请填写出生日期");
        }
        return Optional.of(stated);
    }

    /**
     * Whether the person is a minor on the day. A person is of age (已满十八周岁) from the day after the
     * eighteenth birthday, as Chinese courts count 周岁; on the birthday itself the person is still refused, so
     * that no minor is ever listed.
     */
    static boolean minorOn(LocalDate birth, LocalDate day) {
        return !day.isAfter(birth.plusYears(ADULT_AGE));
    }

    /** Refuses a minor: 失信规定第四条 forbids listing one, and this court restricts no minor's consumption either. */
    static void refuseMinor(Optional<LocalDate> birth, LocalDate on, String field) {
        if (birth.isPresent() && minorOn(birth.get(), on)) {
            throw InvalidInputException.of(field, "被执行人在纳入之日（" + on + "）未满十八周岁，不得纳入失信被执行人名单或限制消费");
        }
    }

    /**
     * Who the person is, also when the case's party list is edited later: a hash of the ID number (so that the
     * record holds no number in clear), or the name when there is no number.
     */
    static String personKey(Party p) {
        String id = p.idNumber() == null ? "" : p.idNumber().strip().toUpperCase(Locale.ROOT);
        if (id.isEmpty()) {
            String name = "N:" + p.name().strip();
            return name.length() <= 220 ? name : name.substring(0, 220);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("ecc-restriction|" + id)
                    .getBytes(StandardCharsets.UTF_8));
            return "H:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
