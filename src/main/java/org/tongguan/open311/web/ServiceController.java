package org.tongguan.open311.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Open311 services: the list of active catalogue sub-categories and each one's definition with its attributes. */
@RestController
@RequestMapping("/open311/v2")
class ServiceController {

	private final ServiceDirectory services;

	ServiceController(ServiceDirectory services) {
		this.services = services;
	}

	/** GET Service List. */
	@GetMapping("/services.{format}")
	ResponseEntity<byte[]> list(@PathVariable String format) {
		Format answer = Format.of(format);
		return answer.ok(Node.items("services", services.offered().stream().map(OfferedService::service).toList()));
	}

	/** GET Service Definition. */
	@GetMapping("/services/{code}.{format}")
	ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String format) {
		Format answer = Format.of(format);
		return answer.ok(services.offered(code).definitionDocument());
	}
}
