package org.tongguan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The items of a JSON array, each with its line, read on past a bad one; text that is no JSON names its line. */
class JsonItemsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Point(String name, Double x) {
	}

	@Test
	void eachItemKnowsItsLineAndABadOneDoesNotStopTheOthers() {
		List<JsonItems.Item<Point>> items = JsonItems.read(JSON, """
				{"meta": {"a": [1, 2]},
				 "points": [
				  {"name": "a", "x": 1},
				  {"name": "b", "x": "far", "tags": [{"a": [1]}, 2]},
				  null,

				  {"name": "c"}
				]}""", "points", Point.class, 10);
		assertThat(items).extracting(JsonItems.Item::line).containsExactly(3, 4, 5, 7);
		assertThat(items.get(0).value()).isEqualTo(new Point("a", 1.0));
		assertThat(items.get(1).problem()).startsWith("x: ");
		assertThat(items.get(2).problem()).isEqualTo("must be an object");
		assertThat(items.get(3).value()).isEqualTo(new Point("c", null));
	}

	@Test
	void itemsThatAllBindAreReadInOnePassWithTheirLinesAndThePropertiesAfterTheArray() {
		List<JsonItems.Item<Point>> items = JsonItems.read(JSON, """
				{"points": [{"name": "a", "x": 1},
				  {"name": "b",
				   "x": 2.5}, {"x": 3}
				 ],
				 "after": {"points": [{"name": "not these"}]}}""", "points", Point.class, 10);
		assertThat(items).extracting(JsonItems.Item::line).containsExactly(1, 2, 3);
		assertThat(items).extracting(JsonItems.Item::value)
			.containsExactly(new Point("a", 1.0), new Point("b", 2.5), new Point(null, 3.0));
		assertThat(items).extracting(JsonItems.Item::problem).containsOnlyNulls();
	}

	/** A point that counts how often one is made. */
	record CountedPoint(String name) {

		static final AtomicInteger MADE = new AtomicInteger();

		CountedPoint {
			MADE.incrementAndGet();
		}
	}

	@Test
	void itemsStreamingInAreEachBoundOnceWithTheirLines() {
		CountedPoint.MADE.set(0);
		List<JsonItems.Item<CountedPoint>> items = JsonItems.read(JSON, new ByteArrayInputStream("""
				{"points": [{"name": "a"}, {"name": "b"},
				  {"name": "城"}]}""".getBytes(StandardCharsets.UTF_8)), "points", CountedPoint.class, 10);
		assertThat(items).extracting(JsonItems.Item::line).containsExactly(1, 1, 2);
		assertThat(CountedPoint.MADE).hasValue(3);
		assertThat(items).extracting(item -> item.value().name()).containsExactly("a", "b", "城");
	}

	@Test
	void textThatIsNoSuchDocumentIsAnInvalidInput() {
		assertThatThrownBy(() -> JsonItems.read(JSON, "{\"points\": [\n{\"name\": }]}", "points", Point.class, 10))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).field()).isEqualTo("line 2"));
		assertThatThrownBy(() -> JsonItems.read(JSON, "[]", "points", Point.class, 10))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> JsonItems.read(JSON, "{\"points\": 5}", "points", Point.class, 10))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> JsonItems.read(JSON, "{\"points\": [{}, {}, {}]}", "points", Point.class, 2))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("at most 2");
	}
}
