package org.tongguan.open311.web;

import java.io.ByteArrayOutputStream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a {@link Node} document as UTF-8 JSON by the specification's Spark convention: the root element's name is
 * dropped, elements become objects, lists become arrays (even with one item) and empty fields become {@code null}.
 */
final class JsonWriter {

	private static final JsonFactory FACTORY = new JsonFactory();

	private JsonWriter() {
	}

	static byte[] write(Node root) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
			write(json, root);
		}
		return bytes.toByteArray();
	}

	private static void write(JsonGenerator json, Node node) {
		if (node instanceof Node.Value value) {
			writeValue(json, value);
		}
		else if (node instanceof Node.Element element) {
			json.writeStartObject();
			for (Node child : element.children()) {
				json.writeName(child.name());
				write(json, child);
			}
			json.writeEndObject();
		}
		else if (node instanceof Node.Items items) {
			json.writeStartArray();
			for (Node item : items.items()) {
				write(json, item);
			}
			json.writeEndArray();
		}
	}

	private static void writeValue(JsonGenerator json, Node.Value value) {
		Object raw = value.value();
		if (raw == null) {
			json.writeNull();
		}
		else if (raw instanceof Boolean flag) {
			json.writeBoolean(flag);
		}
		else if (raw instanceof String text) {
			json.writeString(text);
		}
		else {
			json.writeNumber(value.text());
		}
	}
}
