package org.tongguan.sensing.web;

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
import org.tongguan.sensing.device.DeviceRegistry;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.IssuedSecret;
import org.tongguan.sensing.device.Registration;

/**
 * Registering and maintaining devices (设备登记); administrators only. The answers to registration and to secret
 * rotation carry the device secret — the only time it is shown.
 */
@RestController
@RequestMapping("/api/admin/sensing/devices")
@PreAuthorize("hasRole('ADMIN')")
class DeviceAdminController {

	private final DeviceRegistry registry;

	DeviceAdminController(DeviceRegistry registry) {
		this.registry = registry;
	}

	@PostMapping
	ResponseEntity<Registration> register(@RequestBody DeviceDraft draft) {
		Registration registration = registry.register(draft);
		return ResponseEntity.created(URI.create("/api/sensing/devices/" + registration.device().code()))
			.body(registration);
	}

	@PutMapping("/{code}")
	Device update(@PathVariable String code, @RequestBody DeviceDraft draft) {
		return registry.update(code, draft);
	}

	/** Puts the device in use, into maintenance (its messages are rejected) or retires it (停用). */
	@PutMapping("/{code}/status")
	Device changeStatus(@PathVariable String code, @RequestBody StatusChange change) {
		return registry.changeStatus(code, change == null ? null : change.status());
	}

	/** Issues a new secret; the old one stops working at once. */
	@PostMapping("/{code}/secret")
	IssuedSecret rotateSecret(@PathVariable String code) {
		return registry.rotateSecret(code);
	}

	@DeleteMapping("/{code}")
	ResponseEntity<Void> delete(@PathVariable String code) {
		registry.delete(code);
		return ResponseEntity.noContent().build();
	}

	/** The status a device is to have. */
	record StatusChange(DeviceStatus status) {
	}
}
