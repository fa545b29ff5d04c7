package org.tongguan.sensing.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

import org.tongguan.sensing.device.MetricSpec;
import org.tongguan.sensing.device.RegisteredDevice;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads an archive of JSON lines ({@code application/x-ndjson}): one object per line,
 * {@code {"device": "AQ-0001", "ts": "2026-03-01T09:00:00+08:00", "values": {"pm25": 35, "aqi": 48}}}; {@code ts} a
 * string or epoch milliseconds; other fields are ignored; blank lines are skipped. Jackson's streaming parser, no tree.
 */
final class JsonLinesArchive {

	private static final JsonFactory JSON = JsonFactory.builder()
		.streamReadConstraints(StreamReadConstraints.builder()
			.maxDocumentLength(64 * 1024)
			.maxNestingDepth(8)
			.maxNumberLength(400)
			.maxStringLength(1024)
			.build())
		.build();

	private final ArchiveCheck check;

	private JsonLinesArchive(ArchiveCheck check) {
		this.check = check;
	}

	/** Reads every line of the archive into the check; answers false (readings of one time are never joined). */
	static boolean read(Reader in, ArchiveCheck check) throws IOException {
		JsonLinesArchive archive = new JsonLinesArchive(check);
		BufferedReader lines = new BufferedReader(in, 1 << 16);
		int number = 0;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			if (line.isBlank() || number == 1 && line.strip().equals("\uFEFF")) {
				continue;
			}
			if (!check.room(number)) {
				return false;
			}
			archive.line(number, number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line);
		}
		return false;
	}

	private void line(int number, String text) {
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), text)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				check.errors().add(number, "line", "is not a JSON object");
				return;
			}
			if (object(number, parser) && parser.nextToken() != null) {
				check.errors().add(number, "line", "content follows the JSON object");
			}
		}
		catch (JacksonException e) {
			String message = e.getOriginalMessage() == null ? "not JSON" : e.getOriginalMessage().lines().findFirst()
				.orElse("not JSON");
			check.errors().add(number, "line", "is not valid JSON: " + message);
		}
	}

	/** Reads the object's fields and checks them; false when it stopped at a problem before the object's end. */
	private boolean object(int number, JsonParser parser) {
		String code = null;
		String ts = null;
		String[] names = null;
		double[] numbers = null;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			JsonToken token = parser.nextToken();
			switch (name) {
				case "device" -> code = token == JsonToken.VALUE_STRING ? parser.getString() : "";
				case "ts" -> {
					ts = token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT ? parser.getString()
							: null;
					if (ts == null) {
						parser.skipChildren();
						check.errors().add(number, "ts", "is a string or epoch milliseconds (a whole number)");
						return false;
					}
				}
				case "values" -> {
					if (token != JsonToken.START_OBJECT) {
						parser.skipChildren();
						check.errors().add(number, "values", "is an object of metric names and numbers");
						return false;
					}
					names = new String[8];
					numbers = new double[8];
					int count = 0;
					for (String metric = parser.nextName(); metric != null; metric = parser.nextName()) {
						JsonToken value = parser.nextToken();
						if (count == names.length) {
							names = Arrays.copyOf(names, count * 2);
							numbers = Arrays.copyOf(numbers, count * 2);
						}
						names[count] = metric;
						numbers[count++] = number(parser, value);
					}
					names = Arrays.copyOf(names, count);
					numbers = Arrays.copyOf(numbers, count);
				}
				default -> parser.skipChildren();
			}
		}
		reading(number, code, ts, names, numbers);
		return true;
	}

	/** The number of a value token (true and false as 1 and 0, as live readings); {@code NaN} for anything else. */
	private static double number(JsonParser parser, JsonToken token) {
		if (token.isNumeric()) {
			return parser.getDoubleValue();
		}
		if (token.isBoolean()) {
			return token == JsonToken.VALUE_TRUE ? 1 : 0;
		}
		parser.skipChildren();
		return Double.NaN;
	}

	private void reading(int number, String code, String ts, String[] names, double[] numbers) {
		RegisteredDevice device = check.device(number, code);
		long at = check.time(number, ts);
		if (device == null) {
			return;
		}
		if (names == null || names.length == 0) {
			check.errors().add(number, "values", "the line has no metric value");
			return;
		}
		MetricSpec[] metrics = new MetricSpec[names.length];
		boolean valid = at != Long.MIN_VALUE;
		for (int i = 0; i < names.length; i++) {
			metrics[i] = check.metric(number, device, names[i]);
			if (metrics[i] == null) {
				valid = false;
			}
			else if (Double.isNaN(numbers[i])) {
				check.errors().add(number, names[i], "is a number (or true/false)");
				valid = false;
			}
			else if (Double.isNaN(check.value(number, metrics[i], numbers[i]))) {
				valid = false;
			}
			for (int j = 0; j < i && metrics[i] != null; j++) {
				if (metrics[j] == metrics[i]) {
					check.errors().add(number, names[i], "appears twice");
					valid = false;
				}
			}
		}
		if (valid) {
			check.accept(number, device, at, metrics, numbers);
		}
	}
}
