package org.tongguan.shared;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * The items of one array of a JSON document ({@code {"<array>": [{…}, {…}]}}), each read on its own and knowing the
 * line it starts on, so that an all-or-nothing import names the line of every bad item and reads on past it. Text
 * that is no JSON at all is an invalid input naming the line where it breaks. The document is read once, as a stream:
 * each item is bound straight from the parser (by a reader that does not take the array's next item for trailing
 * tokens, as a mapper's own {@code readValue} would), and past an item that does not bind the parser skips to the
 * item's end.
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
	 * Reads the items of the array named {@code array} from the text with the mapper (other properties of the
	 * document are ignored).
	 *
	 * @param limit the most items the document may hold
	 * @throws InvalidInputException when the text is no JSON object with that array, or holds more than
	 *         {@code limit} items
	 */
	public static <T> List<Item<T>> read(ObjectMapper json, String text, String array, Class<T> type, int limit) {
		return read(json, () -> json.createParser(text == null ? "" : text), array, type, limit);
	}

	/**
	 * Reads the items of the array named {@code array} from the UTF-8 document as it streams in, as
	 * {@link #read(ObjectMapper, String, String, Class, int)} does from a text; the stream is closed.
	 */
	public static <T> List<Item<T>> read(ObjectMapper json, InputStream document, String array, Class<T> type,
			int limit) {
		return read(json, () -> json.createParser(document), array, type, limit);
	}

	private static <T> List<Item<T>> read(ObjectMapper json, Supplier<JsonParser> document, String array,
			Class<T> type, int limit) {
		try (JsonParser parser = document.get()) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new InvalidInputException("body", "a JSON object with the array \"" + array + "\" is expected");
			}
			ObjectReader reader = json.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
			List<Item<T>> items = null;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (name.equals(array) && value == JsonToken.START_ARRAY) {
					items = items(reader, parser, limit, array);
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

	private static <T> List<Item<T>> items(ObjectReader reader, JsonParser parser, int limit, String array) {
		List<Item<T>> items = new ArrayList<>();
		int depth = parser.streamReadContext().getNestingDepth();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			if (items.size() == limit) {
				throw new InvalidInputException(array, "at most " + limit + " items in one request");
			}
			int line = parser.currentTokenLocation().getLineNr();
			items.add(item(reader, parser, items.size(), line, depth));
		}
		return items;
	}

	/**
	 * The item under the parser, bound; one that does not bind is skipped to its end (the parser back at the array's
	 * {@code depth}) and named by its problem. JSON that is not well-formed throws.
	 */
	private static <T> Item<T> item(ObjectReader reader, JsonParser parser, int index, int line, int depth) {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			parser.skipChildren();
			return new Item<>(index, line, null, "must be an object");
		}
		try {
			return new Item<>(index, line, reader.readValue(parser), null);
		}
		catch (StreamReadException e) {
			throw e;
		}
		catch (JacksonException e) {
			while (parser.streamReadContext().getNestingDepth() > depth) {
				parser.nextToken();
			}
			String path = e.getPath()
				.stream()
				.map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
				.collect(Collectors.joining("."));
			return new Item<>(index, line, null, (path.isEmpty() ? "" : path + ": ") + e.getOriginalMessage());
		}
	}
}
