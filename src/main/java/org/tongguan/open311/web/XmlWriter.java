package org.tongguan.open311.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Node} document as UTF-8 XML with the declaration the specification requires, escaping text and
 * dropping characters XML 1.0 cannot carry (control characters).
 */
final class XmlWriter {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private XmlWriter() {
	}

	static byte[] write(Node root) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
			xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			write(xml, root);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("Cannot write an Open311 XML document", e);
		}
		return bytes.toByteArray();
	}

	private static void write(XMLStreamWriter xml, Node node) throws XMLStreamException {
		if (node instanceof Node.Value value && value.value() == null) {
			xml.writeEmptyElement(value.name());
			return;
		}
		xml.writeStartElement(node.name());
		if (node instanceof Node.Value value) {
			xml.writeCharacters(legal(value.text()));
		}
		else if (node instanceof Node.Element element) {
			for (Node child : element.children()) {
				write(xml, child);
			}
		}
		else if (node instanceof Node.Items items) {
			for (Node item : items.items()) {
				write(xml, item);
			}
		}
		xml.writeEndElement();
	}

	/** The text without the characters XML 1.0 forbids (C0 controls other than tab, newline and return, U+FFFE/F). */
	static String legal(String text) {
		StringBuilder legal = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
					|| c >= 0x10000)
			.forEach(legal::appendCodePoint);
		return legal.toString();
	}
}
