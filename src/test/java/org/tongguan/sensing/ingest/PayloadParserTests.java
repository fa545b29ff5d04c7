package org.tongguan.sensing.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongguan.sensing.device.RegisteredDevice;

class PayloadParserTests {

	private static final long NOW = Instant.parse("2026-11-23T01:00:00Z").toEpochMilli();

	private final PayloadParser parser = new PayloadParser(TelemetryDevices.properties("max-readings-per-message", "3"));

	private final RegisteredDevice device = TelemetryDevices.waterLevel(7);

	@Test
	void readsAnObjectWithEpochMillisAndNumbers() {
		List<Reading> readings = read("{\"ts\": " + (NOW - 1000) + ", \"values\": {\"waterLevel\": 0.27, \"battery\": 87}}");

		assertThat(readings).singleElement().satisfies(reading -> {
			assertThat(reading.device()).isEqualTo(device);
			assertThat(reading.measuredAt()).isEqualTo(Instant.ofEpochMilli(NOW - 1000));
			assertThat(reading.receivedAt()).isEqualTo(Instant.ofEpochMilli(NOW));
			assertThat(reading.values()).containsExactly(Map.entry("waterLevel", 0.27),
					Map.entry("battery", 87.0));
		});
	}

	@Test
	void takesTheArrivalTimeWithoutTsAndReadsIsoTimesWithOffsets() {
		assertThat(read("{\"values\": {\"waterLevel\": 1}}").get(0).measuredAt()).isEqualTo(Instant.ofEpochMilli(NOW));
		assertThat(read("{\"ts\": null, \"values\": {\"waterLevel\": 1}}").get(0).measuredAt())
			.isEqualTo(Instant.ofEpochMilli(NOW));
		assertThat(read("{\"ts\": \"2026-11-23T08:59:00+08:00\", \"values\": {\"waterLevel\": 1}}").get(0).measuredAt())
			.isEqualTo(Instant.parse("2026-11-23T00:59:00Z"));
		assertThat(read("{\"ts\": \"2026-11-23T00:59:00Z\", \"values\": {\"waterLevel\": 1}}").get(0).measuredAt())
			.isEqualTo(Instant.parse("2026-11-23T00:59:00Z"));
	}

	@Test
	void readsBooleansAsOneAndZeroAndSkipsUnknownFields() {
		List<Reading> readings = read("{\"seq\": 12, \"meta\": {\"fw\": [1, 2]}, \"values\": {\"waterLevel\": true, "
				+ "\"battery\": false}}");

		assertThat(readings.get(0).values()).containsEntry("waterLevel", 1.0).containsEntry("battery", 0.0);
	}

	@Test
	void readsAnArrayOfReadingsUpToTheLimit() {
		List<Reading> readings = read("[{\"ts\": " + (NOW - 2000) + ", \"values\": {\"waterLevel\": 0.1}}, "
				+ "{\"ts\": " + (NOW - 1000) + ", \"values\": {\"waterLevel\": 0.2}}, {\"values\": {\"signal\": -80}}]");

		assertThat(readings).extracting(reading -> reading.measuredAt().toEpochMilli(), Reading::values)
			.containsExactly(tuple(NOW - 2000, Map.of("waterLevel", 0.1)),
					tuple(NOW - 1000, Map.of("waterLevel", 0.2)), tuple(NOW, Map.of("signal", -80.0)));
		assertRejected("[{\"values\": {\"waterLevel\": 1}}, {\"values\": {\"waterLevel\": 1}}, "
				+ "{\"values\": {\"waterLevel\": 1}}, {\"values\": {\"waterLevel\": 1}}]", Rejection.OVERSIZE);
	}

	@Test
	void rejectsWhatIsNotJsonOrNotAMessage() {
		assertRejected("", Rejection.MALFORMED_JSON);
		assertRejected("{\"values\": {\"waterLevel\": 1}", Rejection.MALFORMED_JSON);
		assertRejected("{\"values\": {\"waterLevel\": 1}} trailing", Rejection.MALFORMED_JSON);
		assertRejected("{\"values\": {\"waterLevel\": 1}}{}", Rejection.MALFORMED_JSON);
		assertRejected("42", Rejection.MALFORMED_JSON);
		assertRejected("\"text\"", Rejection.MALFORMED_JSON);
		assertRejected("[]", Rejection.MALFORMED_JSON);
		assertRejected("[1, 2]", Rejection.MALFORMED_JSON);
		assertRejected("{}", Rejection.MALFORMED_JSON);
		assertRejected("{\"values\": {}}", Rejection.MALFORMED_JSON);
		assertRejected("{\"values\": {\"waterLevel\": NaN}}", Rejection.MALFORMED_JSON);
		assertRejected("{\"values\": {\"waterLevel\": 1, \"waterLevel\": 2}}", Rejection.MALFORMED_JSON);
		assertRejected("{\"ts\": " + NOW + ", \"ts\": " + NOW + ", \"values\": {\"waterLevel\": 1}}",
				Rejection.MALFORMED_JSON);
		assertRejected("\u00ff\u00fe{", Rejection.MALFORMED_JSON);
		assertRejected("[".repeat(40) + "]".repeat(40), Rejection.MALFORMED_JSON);
	}

	@Test
	void rejectsWrongValueTypesIncludingNestedJunkAndNumbersInStrings() {
		assertRejected("{\"values\": {\"waterLevel\": \"0.3\"}}", Rejection.WRONG_VALUE_TYPE);
		assertRejected("{\"values\": {\"waterLevel\": \"NaN\"}}", Rejection.WRONG_VALUE_TYPE);
		assertRejected("{\"values\": {\"waterLevel\": null}}", Rejection.WRONG_VALUE_TYPE);
		assertRejected("{\"values\": {\"waterLevel\": {\"a\": [1, {\"b\": 2}]}}}", Rejection.WRONG_VALUE_TYPE);
		assertRejected("{\"values\": {\"waterLevel\": [0.3]}}", Rejection.WRONG_VALUE_TYPE);
		assertRejected("{\"values\": [0.3]}", Rejection.WRONG_VALUE_TYPE);
		assertRejected("{\"values\": 0.3}", Rejection.WRONG_VALUE_TYPE);
		assertRejected("{\"ts\": 1.7e12, \"values\": {\"waterLevel\": 1}}", Rejection.WRONG_VALUE_TYPE);
		assertRejected("{\"ts\": \"2026-11-23T08:59:00\", \"values\": {\"waterLevel\": 1}}", Rejection.WRONG_VALUE_TYPE);
		assertRejected("{\"ts\": \"yesterday\", \"values\": {\"waterLevel\": 1}}", Rejection.WRONG_VALUE_TYPE);
		assertRejected("{\"ts\": {\"ms\": 1}, \"values\": {\"waterLevel\": 1}}", Rejection.WRONG_VALUE_TYPE);
	}

	@Test
	void rejectsUnknownMetricsAndValuesOutOfRangeIncludingHugeNumbers() {
		assertRejected("{\"values\": {\"temperature\": 21}}", Rejection.UNKNOWN_METRIC);
		assertRejected("{\"values\": {\"waterLevel\": 0.2, \"WaterLevel\": 0.2}}", Rejection.UNKNOWN_METRIC);
		assertRejected("{\"values\": {\"waterLevel\": -0.01}}", Rejection.OUT_OF_RANGE);
		assertRejected("{\"values\": {\"battery\": 100.5}}", Rejection.OUT_OF_RANGE);
		assertRejected("{\"values\": {\"waterLevel\": 1e400}}", Rejection.OUT_OF_RANGE);
		assertRejected("{\"values\": {\"waterLevel\": -1e400}}", Rejection.OUT_OF_RANGE);
		assertRejected("{\"values\": {\"waterLevel\": 123456789012345678901234567890}}", Rejection.OUT_OF_RANGE);
		assertRejected("{\"values\": {\"waterLevel\": " + "9".repeat(500) + "}}", Rejection.MALFORMED_JSON);
	}

	@Test
	void rejectsTimestampsTooFarInTheFutureOrPast() {
		long minute = 60_000;
		assertThat(read("{\"ts\": " + (NOW + 5 * minute) + ", \"values\": {\"waterLevel\": 1}}")).hasSize(1);
		assertRejected("{\"ts\": " + (NOW + 5 * minute + 1) + ", \"values\": {\"waterLevel\": 1}}",
				Rejection.TIMESTAMP_IN_FUTURE);
		assertThat(read("{\"ts\": " + (NOW - 7 * 24 * 60 * minute) + ", \"values\": {\"waterLevel\": 1}}")).hasSize(1);
		assertRejected("{\"ts\": " + (NOW - 7 * 24 * 60 * minute - 1) + ", \"values\": {\"waterLevel\": 1}}",
				Rejection.TIMESTAMP_TOO_OLD);
		assertRejected("{\"ts\": " + NOW / 1000 + ", \"values\": {\"waterLevel\": 1}}", Rejection.TIMESTAMP_TOO_OLD);
		assertRejected("{\"ts\": 99999999999999999999999, \"values\": {\"waterLevel\": 1}}",
				Rejection.TIMESTAMP_IN_FUTURE);
		assertRejected("{\"ts\": -99999999999999999999999, \"values\": {\"waterLevel\": 1}}",
				Rejection.TIMESTAMP_TOO_OLD);
		assertRejected("{\"ts\": \"+999999999-12-31T23:59:59Z\", \"values\": {\"waterLevel\": 1}}",
				Rejection.WRONG_VALUE_TYPE);
	}

	@Test
	void aReadingTooOldNamesItsTimeAsSentAndTheSettingThatGovernsIt() {
		long week = 7 * 24 * 60 * 60_000L;
		String iso = Instant.ofEpochMilli(NOW - week - 60_000).toString();
		assertThatThrownBy(() -> read("{\"ts\": \"" + iso + "\", \"values\": {\"waterLevel\": 1}}"))
			.isInstanceOfSatisfying(PayloadRejected.class, rejected -> assertThat(rejected.detail()).contains(iso)
				.contains("tongguan.sensing.telemetry.max-age")
				.doesNotContain("epoch"));
		assertThatThrownBy(() -> read("{\"ts\": " + NOW / 1000 + ", \"values\": {\"waterLevel\": 1}}"))
			.isInstanceOfSatisfying(PayloadRejected.class, rejected -> assertThat(rejected.detail())
				.contains("read as epoch milliseconds")
				.contains("tongguan.sensing.telemetry.max-age"));
	}

	@Test
	void rejectsTheWholeMessageWhenOneReadingOfAnArrayIsBad() {
		assertRejected("[{\"values\": {\"waterLevel\": 1}}, {\"values\": {\"waterLevel\": 11}}]", Rejection.OUT_OF_RANGE);
	}

	@Test
	void judgesEachElementOfABatchOnItsOwn() {
		List<ElementOutcome> outcomes = new PayloadParser(TelemetryDevices.properties()).elements(device, bytes("[{\"values\": {\"waterLevel\": 0.5}}, "
				+ "{\"values\": {\"waterLevel\": {\"deep\": [1, [2, {\"x\": 3}]]}, \"battery\": 50}}, 17, "
				+ "{\"values\": {\"nope\": 1}}, {\"values\": {\"battery\": 90}, \"ts\": \"soon\"}]"), NOW);

		assertThat(outcomes).extracting(ElementOutcome::index, ElementOutcome::rejection)
			.containsExactly(tuple(0, null), tuple(1, Rejection.WRONG_VALUE_TYPE), tuple(2, Rejection.MALFORMED_JSON),
					tuple(3, Rejection.UNKNOWN_METRIC), tuple(4, Rejection.WRONG_VALUE_TYPE));
		assertThat(outcomes.get(0).reading().values()).containsEntry("waterLevel", 0.5);
		assertThat(outcomes.get(3).detail()).contains("nope");
	}

	@Test
	void rejectsABatchAsAWholeOnlyWhenItIsUnreadable() {
		assertThat(parser.elements(device, bytes("{\"values\": {\"waterLevel\": 20}}"), NOW))
			.extracting(ElementOutcome::rejection)
			.containsExactly(Rejection.OUT_OF_RANGE);
		assertThatThrownBy(() -> parser.elements(device, bytes("[{\"values\": {\"waterLevel\": 1}}, {oops}]"), NOW))
			.isInstanceOfSatisfying(PayloadRejected.class,
					rejected -> assertThat(rejected.reason()).isEqualTo(Rejection.MALFORMED_JSON));
		assertThatThrownBy(() -> parser.elements(device, bytes("[{}, {}, {}, {}]"), NOW))
			.isInstanceOfSatisfying(PayloadRejected.class,
					rejected -> assertThat(rejected.reason()).isEqualTo(Rejection.OVERSIZE));
	}

	private List<Reading> read(String json) {
		return parser.readings(device, bytes(json), NOW);
	}

	private void assertRejected(String json, Rejection reason) {
		assertThatThrownBy(() -> read(json)).as(json)
			.isInstanceOfSatisfying(PayloadRejected.class, rejected -> {
				assertThat(rejected.reason()).as(json).isEqualTo(reason);
				assertThat(rejected.detail()).isNotBlank();
			});
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}
}
