package org.tongguan.sensing.device.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.sensing.device.DeviceTypeDraft;
import org.tongguan.sensing.device.DeviceTypes;
import org.tongguan.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Device types (设备类型) with their metrics and units: every signed-in user reads them, administrators edit them; a
 * type that devices have cannot be deleted (409).
 */
@RestController
@RequestMapping("/api/sensing/device-types")
@Tag(name = "Sensing: device types and alarm rules (设备类型、告警规则)")
class DeviceTypeController {

	private final DeviceTypes types;

	DeviceTypeController(DeviceTypes types) {
		this.types = types;
	}

	@GetMapping
	@Operation(summary = "List device types (设备类型)", description = """
			Every device type with its metrics (name in payloads, label, unit, plausible range) and its offline \
			timeout.""")
	List<DeviceTypeView> list() {
		return types.all().stream().map(DeviceTypeView::of).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "Read one device type", description = "A device type by its code, e.g. `water-level`.")
	DeviceTypeView get(@PathVariable String code) {
		return types.find(code).map(DeviceTypeView::of).orElseThrow(() -> new NotFoundException("No device type "
				+ code));
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create a device type", description = """
			A device type: code (lower-case letters, digits and '-'), name, the metrics its devices report (name, \
			label, unit, optional min/max of a working sensor), how long a device may stay silent before it counts \
			as offline, and whether its devices are cameras.""")
	@ApiResponse(responseCode = "201", description = "The device type created", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = "A device type with this code exists")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"code": "noise", "name": "噪声监测仪",
			 "metrics": [{"name": "laeq", "label": "等效声级", "unit": "dB(A)", "min": 20, "max": 140}],
			 "inactivityTimeoutSeconds": 900, "camera": false}""")))
	ResponseEntity<DeviceTypeView> create(@RequestBody DeviceTypeDraft draft) {
		DeviceTypeView created = DeviceTypeView.of(types.create(draft));
		return ResponseEntity.created(URI.create("/api/sensing/device-types/" + created.code())).body(created);
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change a device type", description = """
			Replaces a device type's name, metrics, offline timeout and camera flag (the code is fixed).""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"code": "noise", "name": "噪声监测仪",
			 "metrics": [{"name": "laeq", "label": "等效声级", "unit": "dB(A)", "min": 20, "max": 140}],
			 "inactivityTimeoutSeconds": 600, "camera": false}""")))
	DeviceTypeView update(@PathVariable String code, @RequestBody DeviceTypeDraft draft) {
		return DeviceTypeView.of(types.update(code, draft));
	}

	@DeleteMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Delete a device type", description = "Only a type no device has; otherwise 409.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "409", description = "Devices of this type exist")
	ResponseEntity<Void> delete(@PathVariable String code) {
		types.delete(code);
		return ResponseEntity.noContent().build();
	}
}
