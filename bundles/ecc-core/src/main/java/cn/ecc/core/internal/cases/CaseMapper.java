package cn.ecc.core.internal.cases;

import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseSummary;
import cn.ecc.api.cases.Party;
import cn.ecc.api.privacy.Masks;
import cn.ecc.core.internal.cases.PartyEntity.Side;
import java.util.List;
import java.util.stream.Collectors;

/** Entities to DTOs; entities never leave the core. */
final class CaseMapper {

    private CaseMapper() {
    }

    static CaseDetail detail(CaseEntity e, boolean fullPersonalData) {
        return new CaseDetail(e.getId(), e.getNumber(), e.getYear(), e.getCourtCode(), e.getType(), e.getSequence(),
                e.getStatus(), e.getCause(), e.getBasis(), e.getAmount(), e.getFiledOn(), e.isNonLitigation(),
                e.getHandler(), e.getFilingReference(), e.isKeyCase(), e.getKeyCategory(), e.getClosingType(),
                e.getClosedOn(), parties(e.getParties(), Side.APPLICANT, fullPersonalData),
                parties(e.getParties(), Side.RESPONDENT, fullPersonalData), e.getVersion(), e.getCreatedAt(),
                e.getUpdatedAt());
    }

    static CaseSummary summary(CaseEntity e, List<PartyEntity> parties) {
        return new CaseSummary(e.getId(), e.getNumber(), e.getType(), e.getStatus(), e.getFiledOn(), e.getHandler(),
                names(parties, Side.APPLICANT), names(parties, Side.RESPONDENT), e.getAmount(), e.isKeyCase(),
                e.getClosingType());
    }

    private static List<Party> parties(List<PartyEntity> all, Side side, boolean full) {
        return all.stream().filter(p -> p.getSide() == side).map(p -> full
                ? new Party(p.getId(), p.getKind(), p.getName(), p.getIdNumber(), p.getPhone(), p.getAddress())
                : new Party(p.getId(), p.getKind(), p.getName(), Masks.idNumber(p.getIdNumber()),
                        Masks.phone(p.getPhone()), Masks.address(p.getAddress())))
                .toList();
    }

    private static String names(List<PartyEntity> parties, Side side) {
        return parties.stream().filter(p -> p.getSide() == side).map(PartyEntity::getName)
                .collect(Collectors.joining("、"));
    }

    static PartyEntity entity(CaseEntity owner, Side side, int position, Party p) {
        PartyEntity e = new PartyEntity();
        e.setOwner(owner);
        e.setSide(side);
        e.setPosition(position);
        e.setKind(p.kind());
        e.setName(p.name().strip());
        e.setIdNumber(blankToNull(p.idNumber() == null ? null : p.idNumber().toUpperCase()));
        e.setPhone(blankToNull(p.phone()));
        e.setAddress(blankToNull(p.address()));
        return e;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
