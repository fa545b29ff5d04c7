package org.tongguan.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.CategoryVersionId;
import org.tongguan.catalog.MajorCategory;
import org.tongguan.catalog.MatterKind;
import org.tongguan.catalog.MatterType;

/** The catalogue as stored in the database. */
@Service
@Transactional(readOnly = true)
class StoredCatalog implements Catalog {

	private final VersionStore versions;

	private final VersionsInForce inForce;

	private final ReferenceStore references;

	StoredCatalog(VersionStore versions, VersionsInForce inForce, ReferenceStore references) {
		this.versions = versions;
		this.inForce = inForce;
		this.references = references;
	}

	@Override
	public Optional<CategoryVersion> current(CategoryCode code) {
		return inForce.of(code);
	}

	@Override
	public Optional<CategoryVersion> version(CategoryVersionId id) {
		return versions.find(id);
	}

	@Override
	public List<CategoryVersion> currentAll() {
		return versions.latestAll();
	}

	@Override
	public List<CategoryVersion> versions(CategoryCode code) {
		return versions.history(code);
	}

	@Override
	public List<MajorCategory> majors() {
		return references.majors();
	}

	@Override
	public List<MatterType> matterTypes() {
		return references.matterTypes();
	}

	@Override
	public MatterType matterType(MatterKind kind) {
		return matterTypes().stream()
			.filter(type -> type.kind() == kind)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The catalogue has no matter type " + kind));
	}
}
