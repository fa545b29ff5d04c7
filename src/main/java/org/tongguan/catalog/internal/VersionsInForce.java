package org.tongguan.catalog.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryVersion;

/**
 * The version in force of each sub-category, read from the database once per catalogue change. Versions are only ever
 * added, each with a higher id, so the highest id names the catalogue's state: when it differs from the one the
 * remembered versions were read at, a version was published (on any node) and they are read afresh.
 */
@Component
class VersionsInForce {

	private final VersionStore versions;

	private volatile Remembered remembered = new Remembered(Long.MIN_VALUE);

	VersionsInForce(VersionStore versions) {
		this.versions = versions;
	}

	/** The latest version of the sub-category, if it has one. */
	Optional<CategoryVersion> of(CategoryCode code) {
		long newestId = versions.newestId();
		Remembered current = remembered;
		if (current.newestId() != newestId) {
			current = new Remembered(newestId);
			remembered = current;
		}
		CategoryVersion known = current.latest().get(code);
		if (known != null) {
			return Optional.of(known);
		}
		// Read after the newest id, so a remembered version is never older than the state it is filed under; read
		// outside the map's locks, so a slow query never holds up reports of other sub-categories.
		Optional<CategoryVersion> latest = versions.latest(code);
		if (latest.isPresent()) {
			current.latest().putIfAbsent(code, latest.get());
		}
		return latest;
	}

	private record Remembered(long newestId, Map<CategoryCode, CategoryVersion> latest) {

		Remembered(long newestId) {
			this(newestId, new ConcurrentHashMap<>());
		}
	}
}
