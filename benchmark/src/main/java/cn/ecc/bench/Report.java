package cn.ecc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table of figures, as markdown: on the console, in target/ and in docs/performance.md. */
public final class Report {

    /** Whether a figure reached its target. Nothing is left out: a missed target says MISSED. */
    public enum Verdict {
        MET("met"), MISSED("**MISSED**"), NOT_AVAILABLE("n/a"), MEASURED("measured"), FAILED("**FAILED TO RUN**");

        final String text;

        Verdict(String text) {
            this.text = text;
        }
    }

    /**
     * One line of the table.
     *
     * @param figure   number and name, e.g. "1 Intake throughput"
     * @param ecc      what ECC did
     * @param baseline what the baseline did in the same run, or "—"
     * @param ratio    ECC against the baseline, or the failure count, the figure the target is about
     * @param target   the target from the issue
     */
    public record Row(String figure, String ecc, String baseline, String ratio, String target, Verdict verdict) {
    }

    private final Machine machine;
    private final Settings settings;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Report(Machine machine, Settings settings) {
        this.machine = machine;
        this.settings = settings;
    }

    public synchronized void add(Row row) {
        rows.add(row);
    }

    /** A line under the table: how a figure was made, what it stands in for, what went wrong. */
    public synchronized void note(String text) {
        // one list item per note, however the requests it quotes were broken
        notes.add(text.replace("\r", "\\r").replace("\n", "\\n"));
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    public synchronized String markdown(String endLoad, long seconds) {
        StringBuilder b = new StringBuilder();
        b.append("Measured ").append(machine.date()).append(" in **").append(settings.mode()).append("** mode")
                .append(" (").append(seconds / 60).append(" min ").append(seconds % 60).append(" s).\n\n");
        b.append("| machine | |\n|---|---|\n");
        b.append("| CPU | ").append(machine.cpu()).append(" |\n");
        b.append("| cores | ").append(machine.cores()).append(" |\n");
        b.append("| RAM | ").append(String.format(Locale.ROOT, "%.1f GiB", machine.memoryMiB() / 1024.0)).append(" |\n");
        b.append("| Java | ").append(machine.java()).append(" |\n");
        b.append("| OS | ").append(machine.os()).append(" |\n");
        b.append("| load average (1/5/15 min) | at start ").append(machine.load()).append(", at end ").append(endLoad)
                .append(" |\n\n");
        b.append("| # | figure | ECC | baseline (same run) | ratio / count | target | result |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        List<Row> ordered = new ArrayList<>(rows);
        // in the order, whatever order the figures ran in
        ordered.sort(java.util.Comparator.comparingInt(r -> number(r.figure())));
        for (Row r : ordered) {
            b.append("| ").append(String.join(" | ", cell(r.figure().substring(0, r.figure().indexOf(' '))),
                    cell(r.figure().substring(r.figure().indexOf(' ') + 1)), cell(r.ecc()), cell(r.baseline()),
                    cell(r.ratio()), cell(r.target()), r.verdict().text)).append(" |\n");
        }
        if (!notes.isEmpty()) {
            b.append('\n');
            for (String n : notes) {
                b.append("- ").append(n).append('\n');
            }
        }
        return b.toString();
    }

    private static int number(String figure) {
        try {
            return Integer.parseInt(figure.substring(0, figure.indexOf(' ')));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String cell(String s) {
        return s == null ? "—" : s.replace("|", "\\|").replace("\n", " ");
    }

    /** A number with a fixed count of decimals, the same on every machine's locale. */
    public static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
