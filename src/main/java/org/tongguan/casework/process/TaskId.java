package org.tongguan.casework.process;

import java.util.Objects;

/**
 * The workflow engine's id of an open user task of a case's process (a {@link WorkItem}).
 *
 * @param value the engine's id
 */
public record TaskId(String value) {

	public TaskId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value;
	}
}
