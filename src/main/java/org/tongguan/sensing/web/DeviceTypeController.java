package org.tongguan.sensing.web;

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

/**
 * Device types (设备类型) with their metrics and units: every signed-in user reads them, administrators edit them; a
 * type that devices have cannot be deleted (409).
 */
@RestController
@RequestMapping("/api/sensing/device-types")
class DeviceTypeController {

	private final DeviceTypes types;

	DeviceTypeController(DeviceTypes types) {
		this.types = types;
	}

	@GetMapping
	List<DeviceTypeView> list() {
		return types.all().stream().map(DeviceTypeView::of).toList();
	}

	@GetMapping("/{code}")
	DeviceTypeView get(@PathVariable String code) {
		return types.find(code).map(DeviceTypeView::of).orElseThrow(() -> new NotFoundException("No device type "
				+ code));
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<DeviceTypeView> create(@RequestBody DeviceTypeDraft draft) {
		DeviceTypeView created = DeviceTypeView.of(types.create(draft));
		return ResponseEntity.created(URI.create("/api/sensing/device-types/" + created.code())).body(created);
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	DeviceTypeView update(@PathVariable String code, @RequestBody DeviceTypeDraft draft) {
		return DeviceTypeView.of(types.update(code, draft));
	}

	@DeleteMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> delete(@PathVariable String code) {
		types.delete(code);
		return ResponseEntity.noContent().build();
	}
}
