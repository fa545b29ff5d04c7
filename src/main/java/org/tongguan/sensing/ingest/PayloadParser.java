package org.tongguan.sensing.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tongguan.sensing.device.DeviceTypeSpec;
import org.tongguan.sensing.device.MetricSpec;
import org.tongguan.sensing.device.RegisteredDevice;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads device messages with Jackson's streaming parser, without building a tree: a message is one object
 * {@code {"ts": …, "values": {"metric": number, …}}} or an array of them, and every reading is checked against the
 * device's type (known metric, number, range) and the time window. Unknown fields beside {@code ts} and
 * {@code values} are skipped. Thread-safe.
 */
final class PayloadParser {

	private final JsonFactory json;

	private final int maxReadings;

	private final long maxFutureMillis;

	private final long maxAgeMillis;

	PayloadParser(TelemetryProperties limits) {
		this.json = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxDocumentLength(limits.maxPayloadSize().toBytes())
				.maxNestingDepth(32)
				.maxNumberLength(400)
				.maxStringLength(1024)
				.maxNameLength(256)
				.build())
			.build();
		this.maxReadings = limits.maxReadingsPerMessage();
		this.maxFutureMillis = limits.maxFutureSkew().toMillis();
		this.maxAgeMillis = limits.maxAge().toMillis();
	}

	/** Every reading of a message, received at {@code now}; fails at the first problem, so nothing is half-read. */
	List<Reading> readings(RegisteredDevice device, byte[] payload, long now) {
		Instant received = Instant.ofEpochMilli(now);
		try (JsonParser parser = json.createParser(ObjectReadContext.empty(), payload)) {
			JsonToken first = parser.nextToken();
			List<Reading> readings;
			if (first == JsonToken.START_OBJECT) {
				readings = List.of(reading(parser, device, now, received));
			}
			else if (first == JsonToken.START_ARRAY) {
				readings = new ArrayList<>();
				for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
					checkElement(token, readings.size());
					readings.add(reading(parser, device, now, received));
				}
			}
			else {
				throw malformed("A message is a JSON object or an array of objects");
			}
			end(parser, readings.isEmpty());
			return readings;
		}
		catch (JacksonException e) {
			throw malformed(e);
		}
	}

	/**
	 * What becomes of each element of an HTTP batch (an array of message objects, or one object), received at
	 * {@code now}; fails only when the body as a whole is unreadable (not JSON, too many elements).
	 */
	List<ElementOutcome> elements(RegisteredDevice device, byte[] body, long now) {
		Instant received = Instant.ofEpochMilli(now);
		try (JsonParser parser = json.createParser(ObjectReadContext.empty(), body)) {
			JsonToken first = parser.nextToken();
			List<ElementOutcome> outcomes = new ArrayList<>();
			if (first == JsonToken.START_OBJECT) {
				outcomes.add(element(parser, first, 0, 0, device, now, received));
			}
			else if (first == JsonToken.START_ARRAY) {
				int depth = parser.streamReadContext().getNestingDepth();
				for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
					if (outcomes.size() == maxReadings) {
						throw new PayloadRejected(Rejection.OVERSIZE, "A batch has at most " + maxReadings
								+ " elements");
					}
					outcomes.add(element(parser, token, outcomes.size(), depth, device, now, received));
				}
			}
			else {
				throw malformed("A batch is a JSON array of message objects");
			}
			end(parser, outcomes.isEmpty());
			return outcomes;
		}
		catch (JacksonException e) {
			throw malformed(e);
		}
	}

	private ElementOutcome element(JsonParser parser, JsonToken token, int index, int depth,
			RegisteredDevice device, long now, Instant received) {
		try {
			if (token != JsonToken.START_OBJECT) {
				parser.skipChildren();
				throw malformed("Each element is a JSON object");
			}
			return ElementOutcome.accepted(index, reading(parser, device, now, received));
		}
		catch (PayloadRejected rejected) {
			while (parser.streamReadContext().getNestingDepth() > depth) {
				parser.nextToken();
			}
			return ElementOutcome.rejected(index, rejected.reason(), rejected.detail());
		}
	}

	private void checkElement(JsonToken token, int count) {
		if (token != JsonToken.START_OBJECT) {
			throw malformed("Each element of an array is a JSON object");
		}
		if (count == maxReadings) {
			throw new PayloadRejected(Rejection.OVERSIZE, "A message has at most " + maxReadings + " readings");
		}
	}

	private static void end(JsonParser parser, boolean empty) {
		if (empty) {
			throw malformed("An empty array has no readings");
		}
		if (parser.nextToken() != null) {
			throw malformed("Content follows the end of the JSON value");
		}
	}

	/** One reading, from its START_OBJECT to its END_OBJECT. */
	private Reading reading(JsonParser parser, RegisteredDevice device, long now, Instant received) {
		Instant measured = null;
		boolean timed = false;
		MetricValues values = null;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			JsonToken token = parser.nextToken();
			if (name.equals("ts")) {
				if (timed) {
					throw malformed("\"ts\" appears twice");
				}
				timed = true;
				measured = measuredAt(parser, token, now);
			}
			else if (name.equals("values")) {
				if (values != null) {
					throw malformed("\"values\" appears twice");
				}
				values = values(parser, token, device.type());
			}
			else {
				parser.skipChildren();
			}
		}
		if (values == null) {
			throw malformed("A reading needs \"values\": an object of metric names and numbers");
		}
		return new Reading(device, measured == null ? received : measured, received, values);
	}

	private Instant measuredAt(JsonParser parser, JsonToken token, long now) {
		long millis;
		if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
			millis = parser.getLongValue();
		}
		else if (token == JsonToken.VALUE_NUMBER_INT) {
			millis = parser.getBigIntegerValue().signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
		}
		else if (token == JsonToken.VALUE_STRING) {
			millis = isoMillis(parser.getString());
		}
		else if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		else {
			parser.skipChildren();
			throw new PayloadRejected(Rejection.WRONG_VALUE_TYPE, "\"ts\" is epoch milliseconds (a whole number) or "
					+ "an ISO-8601 time with offset");
		}
		String read = token == JsonToken.VALUE_STRING ? "" : " (read as epoch milliseconds)";
		if (millis > now + maxFutureMillis) {
			throw new PayloadRejected(Rejection.TIMESTAMP_IN_FUTURE, "\"ts\" " + shown(millis) + read + " lies more than "
					+ Duration.ofMillis(maxFutureMillis) + " ahead of the platform's clock "
					+ "(setting tongguan.sensing.telemetry.max-future-skew)");
		}
		if (millis < now - maxAgeMillis) {
			throw new PayloadRejected(Rejection.TIMESTAMP_TOO_OLD, "\"ts\" " + shown(millis) + read + " is older than "
					+ Duration.ofMillis(maxAgeMillis) + " (setting tongguan.sensing.telemetry.max-age; archives of older "
					+ "readings are imported, not sent as telemetry)");
		}
		return Instant.ofEpochMilli(millis);
	}

	/** A time as the refusal names it; an instant beyond Java's range is named by its milliseconds. */
	private static String shown(long millis) {
		boolean beyond = millis == Long.MAX_VALUE || millis == Long.MIN_VALUE;
		return beyond ? "out of range" : Instant.ofEpochMilli(millis).toString();
	}

	private static long isoMillis(String text) {
		try {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from).toEpochMilli();
		}
		catch (DateTimeParseException | ArithmeticException e) {
			throw new PayloadRejected(Rejection.WRONG_VALUE_TYPE, "\"ts\" is not an ISO-8601 time with offset, e.g. "
					+ "2026-11-21T08:30:00+08:00");
		}
	}

	private static MetricValues values(JsonParser parser, JsonToken token, DeviceTypeSpec type) {
		if (token != JsonToken.START_OBJECT) {
			parser.skipChildren();
			throw new PayloadRejected(Rejection.WRONG_VALUE_TYPE, "\"values\" is an object of metric names and "
					+ "numbers");
		}
		int capacity = type == null ? 0 : type.metrics().size();
		MetricSpec[] metrics = new MetricSpec[capacity];
		double[] values = new double[capacity];
		int count = 0;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			JsonToken value = parser.nextToken();
			MetricSpec metric = type == null ? null : type.metric(name);
			if (metric == null) {
				throw new PayloadRejected(Rejection.UNKNOWN_METRIC, "Devices of type "
						+ (type == null ? "(none)" : type.code()) + " report no metric \"" + name + "\"");
			}
			for (int i = 0; i < count; i++) {
				if (metrics[i] == metric) {
					throw malformed("Metric \"" + name + "\" appears twice");
				}
			}
			double number = number(parser, value, metric);
			if (!Double.isFinite(number) || !metric.inRange(number)) {
				throw new PayloadRejected(Rejection.OUT_OF_RANGE, "\"" + name + "\" " + number + " lies outside ["
						+ metric.min() + ", " + metric.max() + "] " + metric.unit());
			}
			metrics[count] = metric;
			values[count++] = number;
		}
		if (count == 0) {
			throw malformed("\"values\" has no metric");
		}
		return count == capacity ? new MetricValues(metrics, values)
				: new MetricValues(Arrays.copyOf(metrics, count), Arrays.copyOf(values, count));
	}

	private static double number(JsonParser parser, JsonToken token, MetricSpec metric) {
		return switch (token) {
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
			case VALUE_TRUE -> 1;
			case VALUE_FALSE -> 0;
			default -> {
				parser.skipChildren();
				throw new PayloadRejected(Rejection.WRONG_VALUE_TYPE, "\"" + metric.name()
						+ "\" is a number (or true/false)");
			}
		};
	}

	private static PayloadRejected malformed(String detail) {
		return new PayloadRejected(Rejection.MALFORMED_JSON, detail);
	}

	private static PayloadRejected malformed(JacksonException e) {
		String message = e.getOriginalMessage();
		return malformed(message == null ? "Not JSON" : message.lines().findFirst().orElse(message));
	}
}
