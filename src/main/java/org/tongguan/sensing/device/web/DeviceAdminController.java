package org.tongguan.sensing.device.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.sensing.device.Device;
import org.tongguan.sensing.device.DeviceDraft;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.registry.DeviceRegistry;
import org.tongguan.sensing.device.registry.IssuedSecret;
import org.tongguan.sensing.device.registry.Registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Registering and maintaining devices (设备登记); administrators only. The answers to registration and to secret
 * rotation carry the device secret — the only time it is shown.
 */
@RestController
@RequestMapping("/api/admin/sensing/devices")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Sensing: devices (设备)")
class DeviceAdminController {

	private final DeviceRegistry registry;

	DeviceAdminController(DeviceRegistry registry) {
		this.registry = registry;
	}

	@PostMapping
	@Operation(summary = "Register a device (设备登记)", description = """
			Registers a device: code (also its MQTT user name), name, type, installation point (must lie in the \
			city), owner department (权属部门), optional installation details and, for cameras, the stream URL. The \
			answer carries the device secret (its MQTT password and `X-Device-Token`): shown this once only.""")
	@ApiResponse(responseCode = "201", description = "The device and, once, its secret", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = "A device with this code exists")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"code": "WL-440304-0007", "name": "深南大道积水点 7 号", "type": "water-level",
			 "longitude": 114.0579, "latitude": 22.5431, "owner": "440304-SHUIWU",
			 "installedOn": "2026-03-01", "address": "深南大道与彩田路交叉口"}""")))
	ResponseEntity<Registration> register(@RequestBody DeviceDraft draft) {
		Registration registration = registry.register(draft);
		return ResponseEntity.created(URI.create("/api/sensing/devices/" + registration.device().code()))
			.body(registration);
	}

	@PutMapping("/{code}")
	@Operation(summary = "Change a device's registration", description = """
			Replaces a device's name, type, place, owner and installation details (`code` must equal the path's).""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"code": "WL-440304-0007", "name": "深南大道积水点 7 号", "type": "water-level",
			 "longitude": 114.0581, "latitude": 22.5433, "owner": "440304-SHUIWU"}""")))
	Device update(@PathVariable String code, @RequestBody DeviceDraft draft) {
		return registry.update(code, draft);
	}

	/** Puts the device in use, into maintenance (its messages are rejected) or retires it (停用). */
	@PutMapping("/{code}/status")
	@Operation(summary = "Change a device's status (启停)", description = """
			ACTIVE devices are heard; a device in MAINTENANCE or RETIRED has its messages refused and raises no \
			alarms.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"status": "MAINTENANCE"}""")))
	Device changeStatus(@PathVariable String code, @RequestBody StatusChange change) {
		return registry.changeStatus(code, change == null ? null : change.status());
	}

	/** Issues a new secret; the old one stops working at once. */
	@PostMapping("/{code}/secret")
	@Operation(summary = "Issue a new device secret", description = """
			Replaces the device's secret (e.g. when it leaked); the old one stops working at once. The new one is \
			shown this once only.""")
	IssuedSecret rotateSecret(@PathVariable String code) {
		return registry.rotateSecret(code);
	}

	@DeleteMapping("/{code}")
	@Operation(summary = "Delete a device", description = """
			Removes a device from the registry, e.g. one registered by mistake. To keep a device's history \
			visible, retire it instead (status RETIRED).""")
	@ApiResponse(responseCode = "204", description = "Deleted")
	ResponseEntity<Void> delete(@PathVariable String code) {
		registry.delete(code);
		return ResponseEntity.noContent().build();
	}

	/** The status a device is to have. */
	record StatusChange(DeviceStatus status) {
	}
}
