package cn.ecc.restrictions.internal.shell;

import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseService;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.security.Actor;

/** A case as typed in the shell: its number, or its id when all digits. */
final class CaseRefs {

    private CaseRefs() {
    }

    static Long id(CaseService cases, String ref, Actor actor) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        String text = ref.strip();
        if (text.length() < 19 && text.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(text);
        }
        return cases.findByNumber(text, actor).map(CaseDetail::id)
                .orElseThrow(() -> new NotFoundException("没有案号为 " + text + " 的案件"));
    }
}
