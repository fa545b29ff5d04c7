package org.tongguan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

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
				  {"name": "b", "x": "far"},
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
