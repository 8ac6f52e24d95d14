package cn.ecc.intake.internal.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.common.ConflictException;
import cn.ecc.intake.internal.assign.HandlerDraw.Candidate;
import cn.ecc.intake.internal.assign.HandlerDraw.Result;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HandlerDrawTest {

    private final List<Candidate> judges = List.of(new Candidate("dengwd", 12), new Candidate("chenjian", 10),
            new Candidate("liming", 10), new Candidate("zhaolei", 11));

    @Test
    void drawsOnlyAmongTheLeastLoaded() {
        Map<String, Integer> seen = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            seen.merge(HandlerDraw.draw(judges, 0, random).handler(), 1, Integer::sum);
        }
        assertThat(seen).containsOnlyKeys("chenjian", "liming");
        // equal chance between the two: far from either extreme
        assertThat(seen.get("chenjian")).isBetween(850, 1150);
    }

    @Test
    void aToleranceWidensTheShortlist() {
        Result r = HandlerDraw.draw(judges, 1, new SplittableRandom(1));
        assertThat(r.shortlist()).extracting(Candidate::username).containsExactly("chenjian", "liming", "zhaolei");
        assertThat(r.rule()).contains("1 件").contains("3 人");
    }

    @Test
    void theRecordShowsEveryCandidateAndTheNumberDrawn() {
        Result r = HandlerDraw.draw(judges, 0, new SplittableRandom(3));
        assertThat(r.candidatesText()).isEqualTo("chenjian:10,dengwd:12,liming:10,zhaolei:11");
        assertThat(r.drawText()).matches("[12]/2");
        assertThat(r.shortlist().get(r.drawn()).username()).isEqualTo(r.handler());
    }

    @Test
    void noJudgeNoDraw() {
        assertThatThrownBy(() -> HandlerDraw.draw(List.of(), 0, new SplittableRandom()))
                .isInstanceOf(ConflictException.class);
    }
}
