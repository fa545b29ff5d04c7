package org.tongguan.identity;

import java.util.List;
import java.util.Optional;

/** The department functions the platform knows: the built-in bureau kinds and the city's own. */
public interface DepartmentFunctions {

	/** Every function, the built-in ones first, then the city's own by code. */
	List<DepartmentFunction> all();

	/** The function with this code, or with this label (城管, or a city function's exact label). */
	Optional<DepartmentFunction> find(String codeOrLabel);

	/** Every function's code, for messages naming what is allowed. */
	default String codes() {
		return String.join(", ", all().stream().map(DepartmentFunction::code).toList());
	}
}
