package org.tongguan.open311.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * One node of an Open311 response document, written as XML and, by the specification's Spark convention, as JSON:
 * the root element's name disappears, an {@link Element} becomes an object and an {@link Items} list an array.
 */
sealed interface Node {

	/** The XML element name. */
	String name();

	/** A field holding text, a number, a boolean or nothing ({@code <name/>} in XML, {@code null} in JSON). */
	static Value value(String name, Object value) {
		return new Value(name, value);
	}

	/** A field with child fields (a JSON object). */
	static Element element(String name, Node... children) {
		return new Element(name, List.of(children));
	}

	/** A field with repeated child elements (a JSON array). */
	static Items items(String name, List<? extends Node> items) {
		return new Items(name, List.copyOf(items));
	}

	/**
	 * A leaf field.
	 *
	 * @param name its element name
	 * @param value a {@link String}, {@link Boolean}, {@link Integer}, {@link Double} or {@code null}
	 */
	record Value(String name, Object value) implements Node {

		public Value {
			if (value != null && !(value instanceof String || value instanceof Boolean || value instanceof Integer
					|| value instanceof Double)) {
				throw new IllegalArgumentException("Unsupported value type " + value.getClass() + " for " + name);
			}
		}

		/** The value as text (numbers in plain decimal notation), {@code null} for none. */
		String text() {
			return value instanceof Double number ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString()
					: value == null ? null : value.toString();
		}
	}

	/**
	 * A field with named child fields.
	 *
	 * @param name its element name
	 * @param children the fields in document order
	 */
	record Element(String name, List<Node> children) implements Node {

		public Element {
			children = List.copyOf(children);
		}
	}

	/**
	 * A list field.
	 *
	 * @param name its element name
	 * @param items the repeated elements, each with its own name ({@code service}, {@code request}, {@code format})
	 */
	record Items(String name, List<Node> items) implements Node {

		public Items {
			items = List.copyOf(items);
		}
	}
}
