package cn.ecc.intake.internal.assign;

import cn.ecc.api.common.ConflictException;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The command center's draw of a handler: among the eligible judges, those whose open caseload is within
 * {@code tolerance} of the lowest are shortlisted, and one of them is drawn with equal chance. The
 * candidates, the rule and the number drawn are kept, so the draw can be checked afterwards.
 */
public final class HandlerDraw {

    /** An eligible judge and their open caseload when the draw was made. */
    public record Candidate(String username, long openCases) {
    }

    /** The draw's outcome, with everything needed to check it. */
    public record Result(String handler, List<Candidate> candidates, List<Candidate> shortlist, int drawn,
            String rule) {

        /** {@code username:open} of every candidate, comma separated. */
        public String candidatesText() {
            return candidates.stream().map(c -> c.username() + ":" + c.openCases()).collect(Collectors.joining(","));
        }

        /** The position drawn in the shortlist (1-based) and the shortlist's size, e.g. {@code 2/3}. */
        public String drawText() {
            return (drawn + 1) + "/" + shortlist.size();
        }
    }

    private HandlerDraw() {
    }

    public static Result draw(List<Candidate> candidates, int tolerance, RandomGenerator random) {
        if (candidates.isEmpty()) {
            throw new ConflictException("没有可分案的执行法官（请检查执行法官账户及分案排除名单）");
        }
        List<Candidate> ordered = candidates.stream().sorted(Comparator.comparing(Candidate::username)).toList();
        long lowest = ordered.stream().mapToLong(Candidate::openCases).min().orElseThrow();
        List<Candidate> shortlist = ordered.stream().filter(c -> c.openCases() <= lowest + tolerance).toList();
        int drawn = random.nextInt(shortlist.size());
        String rule = "在办案件数不超过最少者 " + tolerance + " 件的法官中等概率抽取（共 " + shortlist.size() + " 人入围）";
        return new Result(shortlist.get(drawn).username(), ordered, shortlist, drawn, rule);
    }
}
