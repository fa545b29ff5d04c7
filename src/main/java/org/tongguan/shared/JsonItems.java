package org.tongguan.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The items of one array of a JSON document ({@code {"<array>": [{…}, {…}]}}), each read on its own and knowing the
 * line it starts on, so that an all-or-nothing import names the line of every bad item and reads on past it. Text
 * that is no JSON at all is an invalid input naming the line where it breaks. A document whose items all bind is read in
 * one pass, each item bound straight from the parser; only one with a bad item is read again, item by item through a
 * tree, to name each bad one.
 */
public final class JsonItems {

	private JsonItems() {
	}

	/**
	 * One item: its place and either its value or what is wrong with it.
	 *
	 * @param index its index in the array, from 0
	 * @param line the line of the document it starts on, from 1
	 * @param value the item read, {@code null} when it cannot be read
	 * @param problem why it cannot be read, {@code null} when it can
	 * @param <T> what an item is read as
	 */
	public record Item<T>(int index, int line, T value, String problem) {
	}

	/**
	 * Reads the items of the array named {@code array} with the mapper (other properties of the document are
	 * ignored).
	 *
	 * @param limit the most items the document may hold
	 * @throws InvalidInputException when the text is no JSON object with that array, or holds more than
	 *         {@code limit} items
	 */
	public static <T> List<Item<T>> read(ObjectMapper json, String text, String array, Class<T> type, int limit) {
		try {
			return read(json, text, array, type, limit, true);
		}
		catch (UnboundItem e) {
			return read(json, text, array, type, limit, false);
		}
	}

	/**
	 * Reads the document, binding each item straight from the parser when {@code direct} (an item that does not bind
	 * then throws {@link UnboundItem}), or each through a tree that a bad item cannot spoil.
	 */
	private static <T> List<Item<T>> read(ObjectMapper json, String text, String array, Class<T> type, int limit,
			boolean direct) {
		try (JsonParser parser = json.createParser(text == null ? "" : text)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new InvalidInputException("body", "a JSON object with the array \"" + array + "\" is expected");
			}
			List<Item<T>> items = null;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (name.equals(array) && value == JsonToken.START_ARRAY) {
					items = items(json, parser, type, limit, array, direct);
				}
				else {
					parser.skipChildren();
				}
			}
			if (items == null) {
				throw new InvalidInputException(array, "an array \"" + array + "\" is required");
			}
			return items;
		}
		catch (JacksonException e) {
			int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
			throw new InvalidInputException("line " + line, "not well-formed JSON: " + e.getOriginalMessage());
		}
	}

	private static <T> List<Item<T>> items(ObjectMapper json, JsonParser parser, Class<T> type, int limit,
			String array, boolean direct) {
		List<Item<T>> items = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			if (items.size() == limit) {
				throw new InvalidInputException(array, "at most " + limit + " items in one request");
			}
			int line = parser.currentTokenLocation().getLineNr();
			boolean object = parser.currentToken() == JsonToken.START_OBJECT;
			if (direct) {
				items.add(new Item<>(items.size(), line, bound(json, parser, type, object), null));
				continue;
			}
			JsonNode node = parser.readValueAsTree();
			items.add(object ? item(json, node, type, items.size(), line)
					: new Item<>(items.size(), line, null, "must be an object"));
		}
		return items;
	}

	/** The object under the parser bound; {@link UnboundItem} when it is no object or does not bind. */
	private static <T> T bound(ObjectMapper json, JsonParser parser, Class<T> type, boolean object) {
		if (!object) {
			throw new UnboundItem();
		}
		try {
			return json.readValue(parser, type);
		}
		catch (JacksonException e) {
			throw new UnboundItem();
		}
	}

	private static <T> Item<T> item(ObjectMapper json, JsonNode node, Class<T> type, int index, int line) {
		try {
			return new Item<>(index, line, json.treeToValue(node, type), null);
		}
		catch (JacksonException e) {
			String path = e.getPath()
				.stream()
				.map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
				.collect(Collectors.joining("."));
			return new Item<>(index, line, null, (path.isEmpty() ? "" : path + ": ") + e.getOriginalMessage());
		}
	}

	/** An item that does not bind: the document is read again item by item to name it. */
	private static final class UnboundItem extends RuntimeException {

		private static final long serialVersionUID = 1L;

		UnboundItem() {
			super(null, null, false, false);
		}
	}
}
