package cn.ecc.api.calendar;

/** What a day is on the court's calendar. */
public enum DayKind {
    /** An ordinary Monday to Friday. */
    WORKDAY("工作日", true),
    /** An ordinary Saturday or Sunday. */
    WEEKEND("休息日", false),
    /** A day off of the official holiday arrangement (法定节假日及其调休). */
    HOLIDAY("节假日", false),
    /** A Saturday or Sunday worked to make up for a holiday (调休上班), or a local working day. */
    MAKEUP_WORKDAY("调休上班", true),
    /** A local closure of the court (e.g. by the provincial court's notice). */
    CLOSURE("本院停止办公", false);

    private final String label;
    private final boolean working;

    DayKind(String label, boolean working) {
        this.label = label;
        this.working = working;
    }

    public String label() {
        return label;
    }

    /** Whether the court works on such a day. */
    public boolean working() {
        return working;
    }
}
