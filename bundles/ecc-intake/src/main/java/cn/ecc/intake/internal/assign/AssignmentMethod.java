package cn.ecc.intake.internal.assign;

/** How the first handler was chosen. */
public enum AssignmentMethod {
    /** The filing division's random assignment chose the handler; the command center records it (regulation item 1). */
    FILING_DIVISION("立案庭随机分案"),
    /** The command center drew among eligible judges, balanced by open caseload. */
    DRAW("指挥中心随机分案");

    private final String label;

    AssignmentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
