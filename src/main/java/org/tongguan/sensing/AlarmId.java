package org.tongguan.sensing;

/** The id of an alarm (告警). */
public record AlarmId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
