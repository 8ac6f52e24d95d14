package cn.ecc.core.internal.calendar;

import cn.ecc.api.calendar.CalendarDay;
import cn.ecc.api.calendar.DayKind;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One holiday data file. A file with a {@code year} is the official arrangement of that year (国务院办公厅通知): its
 * {@code holidays} are rest days, its {@code workdays} the make-up working days. A file without a year is local
 * (本院): its {@code closures} are rest days, its {@code workdays} extra working days. Comments are allowed.
 *
 * <pre>
 * {"year": 2026, "source": "国务院办公厅关于2026年部分节假日安排的通知",
 *  "holidays": [{"name": "春节", "from": "2026-02-15", "to": "2026-02-23"}, {"name": "元旦", "date": "2026-01-01"}],
 *  "workdays": [{"name": "春节调休上班", "date": "2026-02-14"}]}
 * </pre>
 *
 * @param year null for a local file
 */
record HolidayFile(String name, Integer year, String source, List<CalendarDay> days) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Set<String> KEYS = Set.of("year", "source", "holidays", "closures", "workdays");
    /** No holiday of the official arrangement is longer; a longer range is a typing error. */
    private static final int MAX_RANGE_DAYS = 31;

    HolidayFile {
        days = List.copyOf(days);
    }

    boolean official() {
        return year != null;
    }

    /**
     * Reads a file's content.
     *
     * @throws IllegalArgumentException saying (in Chinese) what is wrong, for the user who wrote the file
     */
    static HolidayFile parse(String name, byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "（第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列）";
            throw new IllegalArgumentException("不是有效的 JSON" + where);
        } catch (IOException e) {
            throw new IllegalArgumentException("无法读取：" + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("内容应为一个 JSON 对象");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("未知字段 \"" + key + "\"（可用：year, source, holidays, closures, workdays）");
            }
        }
        Integer year = null;
        if (root.has("year")) {
            JsonNode y = root.get("year");
            if (!y.isInt() || y.asInt() < 1990 || y.asInt() > 2200) {
                throw new IllegalArgumentException("year 应为 1990 到 2200 之间的年份");
            }
            year = y.asInt();
        }
        String source = root.hasNonNull("source") ? root.get("source").asText().strip() : name;
        if (year != null && root.has("closures")) {
            throw new IllegalArgumentException("全年安排（含 year）用 holidays 列休息日；本院停止办公请另写一个不含 year 的文件，用 closures");
        }
        if (year == null && root.has("holidays")) {
            throw new IllegalArgumentException("不含 year 的本院文件用 closures 列停止办公的日期；全年节假日安排须写明 year");
        }
        Map<LocalDate, CalendarDay> days = new HashMap<>();
        List<CalendarDay> ordered = new ArrayList<>();
        for (String key : List.of("holidays", "closures", "workdays")) {
            if (!root.has(key)) {
                continue;
            }
            JsonNode list = root.get(key);
            if (!list.isArray()) {
                throw new IllegalArgumentException(key + " 应为数组");
            }
            DayKind kind = switch (key) {
                case "holidays" -> DayKind.HOLIDAY;
                case "closures" -> DayKind.CLOSURE;
                default -> DayKind.MAKEUP_WORKDAY;
            };
            for (int i = 0; i < list.size(); i++) {
                String where = key + "[" + i + "]";
                for (CalendarDay day : entry(where, list.get(i), kind == DayKind.MAKEUP_WORKDAY, kind)) {
                    CalendarDay before = days.put(day.date(), day);
                    if (before != null) {
                        throw new IllegalArgumentException(where + "：日期 " + day.date() + " 重复出现");
                    }
                    ordered.add(day);
                }
            }
        }
        return new HolidayFile(name, year, source, ordered);
    }

    private static List<CalendarDay> entry(String where, JsonNode e, boolean single, DayKind kind) {
        if (!e.isObject()) {
            throw new IllegalArgumentException(where + " 应为对象，如 {\"name\": \"春节\", \"from\": \"2026-02-15\", \"to\": \"2026-02-23\"}");
        }
        for (Iterator<String> it = e.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!Set.of("name", "date", "from", "to").contains(key)) {
                throw new IllegalArgumentException(where + "：未知字段 \"" + key + "\"（可用：name, date, from, to）");
            }
        }
        String name = e.hasNonNull("name") ? e.get("name").asText().strip() : "";
        if (name.isEmpty()) {
            throw new IllegalArgumentException(where + "：缺少 name（节日或事由名称）");
        }
        LocalDate from;
        LocalDate to;
        if (e.has("date")) {
            if (e.has("from") || e.has("to")) {
                throw new IllegalArgumentException(where + "：date 与 from/to 只能用一种");
            }
            from = date(where + ".date", e.get("date"));
            to = from;
        } else if (single) {
            throw new IllegalArgumentException(where + "：调休上班日逐日列出，用 date");
        } else {
            if (!e.has("from") || !e.has("to")) {
                throw new IllegalArgumentException(where + "：缺少 date，或 from 与 to");
            }
            from = date(where + ".from", e.get("from"));
            to = date(where + ".to", e.get("to"));
            if (to.isBefore(from)) {
                throw new IllegalArgumentException(where + "：to 早于 from");
            }
            if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
                throw new IllegalArgumentException(where + "：一段假期不能超过 " + MAX_RANGE_DAYS + " 天");
            }
        }
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, kind, name));
        }
        return days;
    }

    private static LocalDate date(String where, JsonNode value) {
        if (!value.isTextual()) {
            throw new IllegalArgumentException(where + " 应为 \"YYYY-MM-DD\" 格式的日期");
        }
        try {
            return LocalDate.parse(value.asText().strip());
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException(where + "：\"" + value.asText() + "\" 不是有效日期（应为 YYYY-MM-DD）");
        }
    }
}
