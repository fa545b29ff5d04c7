package org.tongguan.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.support.PlatformTest;

/** The version in force is remembered between reads, yet a version published anywhere applies to the next read. */
@PlatformTest
class VersionsInForceTests {

	private static final CategoryCode CODE = CategoryCode.of("E0302");

	@Autowired
	Catalog catalog;

	@Autowired
	VersionStore versions;

	@Test
	void aVersionStoredByAnotherNodeIsInForceAtTheNextRead() {
		CategoryVersion before = catalog.current(CODE).orElseThrow();
		assertThat(catalog.current(CODE)).map(CategoryVersion::id).contains(before.id());

		// Stored directly, as another node's catalogue editor would: this node hears no event of it.
		CategoryVersion published = versions.insert(CODE, before.version() + 1, before.definition(), "admin",
				Instant.now(), "published on another node");

		assertThat(catalog.current(CODE)).map(CategoryVersion::id).contains(published.id());
		assertThat(catalog.current(CategoryCode.of("E9999"))).isEmpty();
	}
}
