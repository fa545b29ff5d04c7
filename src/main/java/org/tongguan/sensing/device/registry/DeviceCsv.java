package org.tongguan.sensing.device.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tongguan.sensing.device.DeviceDraft;
import org.tongguan.sensing.device.DeviceSecrets;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.shared.Violation;

/**
 * The columns of a device import file, found by their header (any case): code, name, type, longitude, latitude,
 * owner (required) and installedOn, installer, address, note, streamUrl, status, secret (optional).
 */
final class DeviceCsv {

	static final List<String> REQUIRED = List.of("code", "name", "type", "longitude", "latitude", "owner");

	static final List<String> OPTIONAL = List.of("installedOn", "installer", "address", "note", "streamUrl",
			"status", "secret");

	private final Map<String, Integer> columns;

	private DeviceCsv(Map<String, Integer> columns) {
		this.columns = columns;
	}

	/** The columns of a header, or the problems of the header (unknown, repeated or missing columns). */
	static DeviceCsv header(List<String> header, List<String> problems) {
		Map<String, String> known = new HashMap<>();
		REQUIRED.forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
		OPTIONAL.forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = known.get(header.get(i).strip().toLowerCase(Locale.ROOT));
			if (name == null) {
				problems.add("unknown column '" + header.get(i).strip() + "'; columns are " + REQUIRED + " and "
						+ OPTIONAL);
			}
			else if (columns.putIfAbsent(name, i) != null) {
				problems.add("column " + name + " appears twice");
			}
		}
		REQUIRED.stream()
			.filter(column -> !columns.containsKey(column))
			.forEach(column -> problems.add("the required column " + column + " is missing"));
		return new DeviceCsv(columns);
	}

	/** The row as a draft plus its secret and what could not be read (field = column). */
	Row row(List<String> fields) {
		List<Violation> problems = new ArrayList<>();
		DeviceStatus status = null;
		String statusText = get(fields, "status");
		if (statusText != null) {
			try {
				status = DeviceStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				problems.add(new Violation("status", "ACTIVE, MAINTENANCE or RETIRED, not '" + statusText + "'"));
			}
		}
		LocalDate installedOn = null;
		String date = get(fields, "installedOn");
		if (date != null) {
			try {
				installedOn = LocalDate.parse(date);
			}
			catch (DateTimeParseException e) {
				problems.add(new Violation("installedOn", "a date like 2025-06-30, not '" + date + "'"));
			}
		}
		String secret = get(fields, "secret");
		if (secret != null && (secret.length() < DeviceSecrets.MIN_LENGTH || secret.length() > 200)) {
			problems.add(new Violation("secret",
					DeviceSecrets.MIN_LENGTH + "–200 characters, or empty to generate one"));
		}
		DeviceDraft draft = new DeviceDraft(get(fields, "code"), get(fields, "name"), get(fields, "type"),
				number(fields, "longitude", problems), number(fields, "latitude", problems), get(fields, "owner"),
				installedOn, get(fields, "installer"), get(fields, "address"), get(fields, "note"),
				get(fields, "streamUrl"), status);
		return new Row(draft, secret, problems);
	}

	private Double number(List<String> fields, String column, List<Violation> problems) {
		String text = get(fields, column);
		if (text == null) {
			return null;
		}
		try {
			return Double.valueOf(text);
		}
		catch (NumberFormatException e) {
			problems.add(new Violation(column, "a number like 114.0579, not '" + text + "'"));
			return null;
		}
	}

	/** The trimmed field of a column, null when the column is absent or the field empty. */
	private String get(List<String> fields, String column) {
		Integer index = columns.get(column);
		if (index == null || index >= fields.size()) {
			return null;
		}
		String value = fields.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	/** A data row: the device it describes, the secret it brings (null to generate one), what could not be read. */
	record Row(DeviceDraft draft, String secret, List<Violation> problems) {
	}
}
