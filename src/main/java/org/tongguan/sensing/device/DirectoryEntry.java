package org.tongguan.sensing.device;

import java.util.Optional;

/**
 * What the directory holds per device: the snapshot (also pre-wrapped, so lookups allocate nothing), the SHA-256 of
 * its secret, its stream URL (cameras) and the revision of the row it was read from.
 */
record DirectoryEntry(Optional<RegisteredDevice> found, byte[] secretHash, String streamUrl, long revision) {

	DirectoryEntry(RegisteredDevice device, byte[] secretHash, String streamUrl, long revision) {
		this(Optional.of(device), secretHash, streamUrl, revision);
	}

	RegisteredDevice device() {
		return found.orElseThrow();
	}
}
