package org.tongguan.open311.web;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The Open311 service discovery document, at {@code /open311/discovery.*} and {@code /open311/v2/discovery.*}, and
 * the spec's 404 error for any other path under {@code /open311}.
 */
@RestController
@Tag(name = "Open311 GeoReport v2")
class DiscoveryController {

	/** The GeoReport v2 specification this endpoint implements. */
	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	/** When this endpoint's interface last changed. */
	static final String CHANGESET = "2026-11-21T00:00:00+08:00";

	private final Open311Properties properties;

	DiscoveryController(Open311Properties properties) {
		this.properties = properties;
	}

	@GetMapping({ "/open311/discovery.{format}", "/open311/v2/discovery.{format}" })
	@Operation(summary = "Open311: service discovery", description = """
			The discovery document: the specification served, the endpoint URL, the formats (`json`, `xml`), the \
			contact and where to get an `api_key`. Open311 GeoReport v2.""")
	@ApiResponse(responseCode = "200", description = "The discovery document", content = {
			@Content(mediaType = "application/json", schema = @Schema(type = "object",
					description = "changeset, contact, key_service, endpoints[]")),
			@Content(mediaType = "application/xml", schema = @Schema(type = "object", description = "<discovery>")) })
	@ApiResponse(responseCode = "400", description = "A format other than json or xml", content = {
			@Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(
					implementation = Open311ErrorView.class))),
			@Content(mediaType = "application/xml", schema = @Schema(type = "object", description = "<errors>")) })
	ResponseEntity<byte[]> discovery(@PathVariable String format) {
		Format answer = Format.of(format);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString();
		return answer.ok(Node.element("discovery", Node.value("changeset", CHANGESET),
				Node.value("contact", properties.contact()), Node.value("key_service", properties.keyService()),
				Node.items("endpoints", List.of(Node.element("endpoint", Node.value("specification", SPECIFICATION),
						Node.value("url", url), Node.value("changeset", CHANGESET), Node.value("type", "production"),
						Node.items("formats", Stream.of(Format.values())
							.map(supported -> Node.value("format", supported.mimeType()))
							.toList()))))));
	}

	/** Any other path or method under {@code /open311}: 404 in the requested format. */
	@Hidden
	@RequestMapping("/open311/**")
	ResponseEntity<byte[]> unknown(HttpServletRequest request) {
		throw Open311Exception.notFound("There is no Open311 resource " + request.getMethod() + " "
				+ request.getRequestURI() + "; see /open311/v2/discovery.xml");
	}
}
