package org.tongguan.open311.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Open311 services: the list of active catalogue sub-categories and each one's definition with its attributes. */
@RestController
@RequestMapping("/open311/v2")
@Tag(name = "Open311 GeoReport v2")
class ServiceController {

	private final ServiceDirectory services;

	ServiceController(ServiceDirectory services) {
		this.services = services;
	}

	/** GET Service List. */
	@GetMapping("/services.{format}")
	@Operation(summary = "Open311: list services (GET Service List)", description = """
			The services a citizen can report under: every active catalogue sub-category with its code \
			(`service_code`, e.g. E0101), name, group (the major category) and whether it has attributes \
			(`metadata`). `format` is `json` or `xml`. Open311 GeoReport v2.""")
	@ApiResponse(responseCode = "200", description = "The services", content = {
			@Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(type = "object",
					description = "service_code, service_name, description, metadata, type, keywords, group"))),
			@Content(mediaType = "application/xml", schema = @Schema(type = "object", description = "<services>")) })
	@ApiResponse(responseCode = "400", description = "A format other than json or xml", content = {
			@Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(
					implementation = Open311ErrorView.class))),
			@Content(mediaType = "application/xml", schema = @Schema(type = "object", description = "<errors>")) })
	ResponseEntity<byte[]> list(@PathVariable String format) {
		Format answer = Format.of(format);
		return answer.ok(Node.items("services", services.offered().stream().map(OfferedService::service).toList()));
	}

	/** GET Service Definition. */
	@GetMapping("/services/{code}.{format}")
	@Operation(summary = "Open311: a service's definition (GET Service Definition)", description = """
			The attributes a report under one service may carry, e.g. the urgency (`attribute[urgency]`) with its \
			values. Open311 GeoReport v2.""")
	@ApiResponse(responseCode = "200", description = "The service definition", content = {
			@Content(mediaType = "application/json", schema = @Schema(type = "object",
					description = "service_code and attributes[]")),
			@Content(mediaType = "application/xml", schema = @Schema(type = "object",
					description = "<service_definition>")) })
	@ApiResponse(responseCode = "404", description = "No such service", content = {
			@Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(
					implementation = Open311ErrorView.class))),
			@Content(mediaType = "application/xml", schema = @Schema(type = "object", description = "<errors>")) })
	ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String format) {
		Format answer = Format.of(format);
		return answer.ok(services.offered(code).definitionDocument());
	}
}
