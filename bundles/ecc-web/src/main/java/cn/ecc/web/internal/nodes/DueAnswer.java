package cn.ecc.web.internal.nodes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The deadline calculator's answer: {@code from} and {@code due} as dates for day-based units, as local date-times
 * for hours; {@code warnings} only when the answer may be inexact.
 */
@JsonPropertyOrder({"from", "amount", "unit", "due", "warnings"})
public record DueAnswer(String from, int amount, String unit, String due,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {
}
