package org.tongguan.identity.department;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.identity.Callers;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.identity.DepartmentFunctions;
import org.tongguan.identity.audit.AuditEvent;
import org.tongguan.identity.audit.SecurityAudit;
import org.tongguan.identity.internal.Timestamps;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.Violations;

/** The department functions: the built-in bureau kinds and the ones a city registers, stored in the database. */
@Service
public class FunctionRegistry implements DepartmentFunctions {

	static final int LABEL_LENGTH = 100;

	private final JdbcClient jdbc;

	private final Callers callers;

	private final SecurityAudit audit;

	private final Clock clock;

	FunctionRegistry(JdbcClient jdbc, Callers callers, SecurityAudit audit, Clock clock) {
		this.jdbc = jdbc;
		this.callers = callers;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<DepartmentFunction> all() {
		List<DepartmentFunction> all = new ArrayList<>(DepartmentFunction.BUILT_IN);
		all.addAll(own());
		return all;
	}

	@Override
	public Optional<DepartmentFunction> find(String codeOrLabel) {
		if (codeOrLabel == null || codeOrLabel.isBlank()) {
			return Optional.empty();
		}
		String value = codeOrLabel.strip();
		return DepartmentFunction.builtIn(value)
			.or(() -> own().stream()
				.filter(function -> function.code().equals(value) || function.label().equals(value))
				.findFirst());
	}

	/** Registers a city's own function; a code or label already known is a conflict. */
	@Transactional
	public DepartmentFunction register(String code, String label) {
		Violations findings = new Violations();
		String stripped = code == null ? null : code.strip();
		if (stripped == null || stripped.isEmpty()) {
			findings.add("code", "is required: " + DepartmentFunction.CODE_FORM);
		}
		else if (!DepartmentFunction.isValidCode(stripped)) {
			findings.add("code", "'" + code + "' is not a function code: " + DepartmentFunction.CODE_FORM);
		}
		String name = findings.text(label, "label", LABEL_LENGTH, true);
		findings.throwIfAny("The department function is invalid");
		find(stripped).ifPresent(known -> {
			throw new ConflictException("The function " + stripped + " already exists (" + known.label() + ")");
		});
		find(name).ifPresent(known -> {
			throw new ConflictException("The label " + name + " already names the function " + known.code());
		});
		DepartmentFunction function = new DepartmentFunction(stripped, name);
		insert(function);
		audit.record(AuditEvent.DEPARTMENT_FUNCTION_CREATED, callers.current().username(), stripped, name);
		return function;
	}

	/**
	 * Registers the functions the platform loads itself (the demo organisation) without a caller to audit; a function
	 * whose code is known already is left as it is.
	 */
	@Transactional
	public void registerLoaded(Collection<DepartmentFunction> functions) {
		functions.stream().filter(function -> find(function.code()).isEmpty()).forEach(this::insert);
	}

	private void insert(DepartmentFunction function) {
		jdbc.sql("INSERT INTO identity_city_function (code, label, created_at) VALUES (?, ?, ?)")
			.params(function.code(), function.label(), Timestamps.of(Instant.now(clock)))
			.update();
	}

	/** The function with this code as stored with a department; a code no longer registered keeps its code as label. */
	DepartmentFunction stored(String code) {
		return find(code).orElseGet(() -> new DepartmentFunction(code, code));
	}

	private List<DepartmentFunction> own() {
		return jdbc.sql("SELECT code, label FROM identity_city_function ORDER BY code")
			.query((rs, row) -> new DepartmentFunction(rs.getString("code"), rs.getString("label")))
			.list();
	}
}
