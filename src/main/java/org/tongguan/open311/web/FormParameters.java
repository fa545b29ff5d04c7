package org.tongguan.open311.web;

import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * The parameters of an Open311 call, read as the specification's optional arguments: a parameter sent empty counts
 * as not sent.
 *
 * @param values every parameter with its values
 */
record FormParameters(MultiValueMap<String, String> values) {

	/** The parameter's single value, {@code null} when absent or blank; 400 when it was sent more than once. */
	String single(String name) {
		List<String> given = nonBlank(name);
		if (given.size() > 1) {
			throw Open311Exception.badRequest(name + " was sent " + given.size() + " times; send it once");
		}
		return given.isEmpty() ? null : given.get(0).strip();
	}

	/** Every value of a parameter that may be sent several times and comma delimited ({@code status=open,closed}). */
	List<String> list(String name) {
		return nonBlank(name).stream()
			.flatMap(value -> List.of(value.split(",")).stream())
			.map(String::strip)
			.filter(value -> !value.isEmpty())
			.distinct()
			.toList();
	}

	/** The parameters whose names start with the prefix, e.g. {@code attribute[}. */
	List<Map.Entry<String, List<String>>> startingWith(String prefix) {
		return values.entrySet().stream().filter(entry -> entry.getKey().startsWith(prefix)).toList();
	}

	private List<String> nonBlank(String name) {
		List<String> given = values.getOrDefault(name, List.of());
		return given.stream().filter(value -> value != null && !value.isBlank()).toList();
	}
}
