package org.tongguan.sensing.device.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.sensing.device.Device;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.query.DeviceFilter;
import org.tongguan.sensing.device.query.DeviceFinder;
import org.tongguan.sensing.device.query.DevicePage;
import org.tongguan.sensing.device.query.DeviceState;
import org.tongguan.sensing.device.registry.DeviceRegistry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reading the device registry (设备台账): lists and single devices, always within the caller's data scope. */
@RestController
@RequestMapping("/api/sensing/devices")
@Tag(name = "Sensing: devices (设备)")
class DeviceController {

	private final DeviceFinder finder;

	private final DeviceRegistry registry;

	DeviceController(DeviceFinder finder, DeviceRegistry registry) {
		this.finder = finder;
		this.registry = registry;
	}

	/**
	 * Devices by type, status, state, region subtree, owner department and text (code, name or address), by code;
	 * each with its state now.
	 */
	@GetMapping
	@Operation(summary = "List devices (设备台账)", description = """
			The devices in the caller's data scope, page by page, filtered by type, status (ACTIVE, MAINTENANCE, \
			RETIRED), state (ONLINE, OFFLINE, ALARM — as on the device map: ALARM while the device has an active \
			alarm), region, owning department and a text `q` matched against code, name and address. Each device \
			carries its `state`. Every signed-in person may list the devices of their scope.""")
	@ApiResponse(responseCode = "200", description = "One page of devices, each with its state",
			content = @Content(schema = @Schema(implementation = DevicePage.class)))
	@ApiResponse(responseCode = "400", description = "An unknown status or state, a malformed region code, or a "
			+ "page size outside 1–the configured maximum")
	DevicePage list(@RequestParam(required = false) String type, @RequestParam(required = false) DeviceStatus status,
			@RequestParam(required = false) DeviceState state, @RequestParam(required = false) String region,
			@RequestParam(required = false) String owner, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return finder.find(new DeviceFilter(type, status, state, region, owner, q, page, size));
	}

	@GetMapping("/{code}")
	@Operation(summary = "Read one device", description = """
			A device's registration: type, place, owner department (权属部门), status, installation.""")
	Device get(@PathVariable String code) {
		return registry.find(code);
	}
}
