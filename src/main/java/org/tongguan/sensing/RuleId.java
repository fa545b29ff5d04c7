package org.tongguan.sensing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The id of an alarm rule (告警规则); in JSON, in paths and in stored events the bare number. */
public record RuleId(@JsonValue long value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public RuleId {
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
