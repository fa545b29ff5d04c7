package org.tongguan.open311.web;

import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The response formats a client picks with the resource's extension ({@code services.xml}, {@code services.json}). */
enum Format {
	/** XML, the format the specification requires. */
	XML("xml", "text/xml;charset=utf-8", XmlWriter::write),
	/** JSON by the Spark convention. */
	JSON("json", "application/json;charset=utf-8", JsonWriter::write);

	private final String extension;

	private final MediaType mediaType;

	private final Function<Node, byte[]> writer;

	Format(String extension, String mediaType, Function<Node, byte[]> writer) {
		this.extension = extension;
		this.mediaType = MediaType.parseMediaType(mediaType);
		this.writer = writer;
	}

	/** The format named by a resource extension; 404 for any other extension, as for a resource that does not exist. */
	static Format of(String extension) {
		for (Format format : values()) {
			if (format.extension.equals(extension)) {
				return format;
			}
		}
		throw Open311Exception.notFound("Unknown format '" + extension + "': use .xml or .json");
	}

	/** The format a request path asks for, XML unless it ends in {@code .json}; for answering errors. */
	static Format ofPath(String path) {
		return path != null && path.endsWith("." + JSON.extension) ? JSON : XML;
	}

	/** The MIME type named in the discovery document. */
	String mimeType() {
		return mediaType.getType() + "/" + mediaType.getSubtype();
	}

	ResponseEntity<byte[]> ok(Node document) {
		return respond(HttpStatus.OK, document);
	}

	ResponseEntity<byte[]> respond(HttpStatusCode status, Node document) {
		return ResponseEntity.status(status).contentType(mediaType).body(writer.apply(document));
	}
}
