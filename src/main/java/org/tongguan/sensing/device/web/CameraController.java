package org.tongguan.sensing.device.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.sensing.NearbyCamera;
import org.tongguan.sensing.device.query.DeviceFinder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 周边视频 — the cameras in use around a point (e.g. an incident), nearest first, within the caller's data scope. */
@RestController
@RequestMapping("/api/sensing/cameras")
@Tag(name = "Sensing: devices (设备)")
class CameraController {

	private final DeviceFinder finder;

	CameraController(DeviceFinder finder) {
		this.finder = finder;
	}

	@GetMapping
	@Operation(summary = "Cameras around a point (周边视频)", description = """
			The cameras in use within `radius` metres (default 500) of a point, nearest first, with their stream \
			URLs, within the caller's data scope.""")
	List<CameraView> around(@RequestParam double longitude, @RequestParam double latitude,
			@RequestParam(defaultValue = "500") double radius) {
		return finder.camerasAround(longitude, latitude, radius).stream().map(CameraView::of).toList();
	}

	/** A camera with its stream URL and its distance from the point in metres. */
	record CameraView(String code, String name, double longitude, double latitude, String streamUrl,
			double distanceMeters) {

		static CameraView of(NearbyCamera camera) {
			return new CameraView(camera.code().value(), camera.name(), camera.longitude(), camera.latitude(),
					camera.streamUrl(), camera.distanceMeters());
		}
	}
}
