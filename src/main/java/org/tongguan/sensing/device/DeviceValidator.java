package org.tongguan.sensing.device;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.identity.Departments;
import org.tongguan.region.Location;
import org.tongguan.region.Regions;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.shared.Violation;

/**
 * Checks a device draft field by field: a well-formed code, a known type, a point inside the city (located to its
 * grid), an existing owner department, and a stream URL (http, https or rtsp) exactly when the type is a camera.
 */
@Component
public class DeviceValidator {

	private static final Set<String> STREAM_SCHEMES = Set.of("http", "https", "rtsp");

	private final Regions regions;

	private final Departments departments;

	private final InMemoryDeviceDirectory directory;

	DeviceValidator(Regions regions, Departments departments, InMemoryDeviceDirectory directory) {
		this.regions = regions;
		this.departments = departments;
		this.directory = directory;
	}

	/** The validated device, or every problem of the draft (field = the draft's field name). */
	public Checked check(DeviceDraft draft) {
		List<Violation> problems = new ArrayList<>();
		if (!DeviceCode.isValid(draft.code())) {
			problems.add(new Violation("code", "1–64 letters, digits, '-' or '_'"));
		}
		text(problems, "name", draft.name(), 128, true);
		DeviceTypeSpec type = draft.type() == null ? null : directory.types().get(draft.type());
		if (type == null) {
			problems.add(new Violation("type", "no device type " + draft.type()));
		}
		Location location = locate(problems, draft.longitude(), draft.latitude());
		owner(problems, draft.owner());
		text(problems, "installer", draft.installer(), 128, false);
		text(problems, "address", draft.address(), 500, false);
		text(problems, "note", draft.note(), 1000, false);
		if (type != null) {
			stream(problems, type, draft.streamUrl());
		}
		return problems.isEmpty() ? new Checked(new ValidDevice(draft, location), List.of())
				: new Checked(null, problems);
	}

	private Location locate(List<Violation> problems, Double longitude, Double latitude) {
		boolean east = longitude != null && longitude >= -180 && longitude <= 180;
		boolean north = latitude != null && latitude >= -90 && latitude <= 90;
		if (!east) {
			problems.add(new Violation("longitude", "degrees east, -180 to 180"));
		}
		if (!north) {
			problems.add(new Violation("latitude", "degrees north, -90 to 90"));
		}
		if (!east || !north) {
			return null;
		}
		Optional<Location> location = regions.locate(longitude, latitude);
		if (location.isEmpty()) {
			problems.add(new Violation("longitude", "the point " + longitude + ", " + latitude
					+ " lies outside the city"));
		}
		return location.orElse(null);
	}

	private void owner(List<Violation> problems, String owner) {
		if (owner == null || owner.isBlank()) {
			problems.add(new Violation("owner", "the code of the owning department is needed"));
		}
		else if (!owner.matches("[0-9A-Za-z_-]{2,64}")
				|| departments.find(new DepartmentCode(owner)).isEmpty()) {
			problems.add(new Violation("owner", "no department " + owner));
		}
	}

	private static void stream(List<Violation> problems, DeviceTypeSpec type, String url) {
		if (!type.camera()) {
			if (url != null && !url.isBlank()) {
				problems.add(new Violation("streamUrl", "only cameras have a stream URL"));
			}
			return;
		}
		if (url == null || url.isBlank()) {
			problems.add(new Violation("streamUrl", "a camera needs its stream URL (http, https or rtsp)"));
			return;
		}
		try {
			URI uri = new URI(url);
			if (uri.getScheme() == null || !STREAM_SCHEMES.contains(uri.getScheme().toLowerCase())
					|| uri.getHost() == null || url.length() > 1000) {
				problems.add(new Violation("streamUrl", "an http, https or rtsp URL with a host, ≤ 1000 characters"));
			}
		}
		catch (URISyntaxException e) {
			problems.add(new Violation("streamUrl", "not a URL: " + e.getReason()));
		}
	}

	private static void text(List<Violation> problems, String field, String value, int max, boolean required) {
		if (required && (value == null || value.isBlank())) {
			problems.add(new Violation(field, "1–" + max + " characters"));
		}
		else if (value != null && value.length() > max) {
			problems.add(new Violation(field, "at most " + max + " characters"));
		}
	}

	/** The outcome of a check: the valid device, or the problems. */
	public record Checked(ValidDevice device, List<Violation> problems) {
	}
}
