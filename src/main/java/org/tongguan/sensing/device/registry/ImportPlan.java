package org.tongguan.sensing.device.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tongguan.sensing.device.DeviceSecrets;
import org.tongguan.sensing.device.ValidDevice;
import org.tongguan.shared.Violation;

/**
 * What a device import will store (new devices with their secret hashes, updated devices, replaced secrets) and what
 * it reports (generated secrets, the problems of invalid rows as {@code field = "line 12"}, listed up to a maximum).
 */
final class ImportPlan {

	private static final int MAX_LISTED_ERRORS = 1000;

	private final List<ValidDevice> created = new ArrayList<>();

	private final List<String> createdHashes = new ArrayList<>();

	private final List<IssuedSecret> issued = new ArrayList<>();

	private final List<ValidDevice> updated = new ArrayList<>();

	private final Map<String, String> newSecrets = new LinkedHashMap<>();

	private final List<Violation> listed = new ArrayList<>();

	private int unlisted;

	private int invalid;

	void create(ValidDevice device, String secret) {
		String code = device.draft().code();
		if (secret == null) {
			secret = DeviceSecrets.generate();
			issued.add(new IssuedSecret(code, secret));
		}
		created.add(device);
		createdHashes.add(DeviceSecrets.storedHash(secret));
	}

	void update(ValidDevice device, String secret) {
		updated.add(device);
		if (secret != null) {
			newSecrets.put(device.draft().code(), secret);
		}
	}

	void reject(int line, Map<String, String> problems) {
		invalid++;
		problems.forEach((field, message) -> {
			if (listed.size() < MAX_LISTED_ERRORS) {
				listed.add(new Violation("line " + line, field + ": " + message));
			}
			else {
				unlisted++;
			}
		});
	}

	List<Violation> errors() {
		if (unlisted == 0) {
			return List.copyOf(listed);
		}
		List<Violation> all = new ArrayList<>(listed);
		all.add(new Violation("file", unlisted + " more problems are not listed; fix these and import again"));
		return List.copyOf(all);
	}

	List<ValidDevice> created() {
		return created;
	}

	List<String> createdHashes() {
		return createdHashes;
	}

	List<IssuedSecret> issued() {
		return issued;
	}

	List<ValidDevice> updated() {
		return updated;
	}

	Map<String, String> newSecrets() {
		return newSecrets;
	}

	int invalid() {
		return invalid;
	}
}
