package org.tongguan.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/** Reads JSON strings as Jackson does, and refuses one that is not {@link ClientText#acceptable acceptable} text. */
class ClientTextDeserializer extends StringDeserializer {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String text = super.deserialize(parser, context);
		if (text != null && !ClientText.acceptable(text)) {
			throw InvalidFormatException.from(parser,
					"Text must not contain a NUL character or an unpaired surrogate (\\u0000, \\ud800)", text,
					String.class);
		}
		return text;
	}
}
