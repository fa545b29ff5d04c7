package org.tongguan.catalog.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.MajorCategory;

/**
 * The majors and sub-category codes of the catalogue as one request sees them, including what it is about to add, so
 * that codes are assigned without collisions and majors are found by code or name.
 */
public final class CatalogueState {

	private final List<MajorRecord> majors;

	private final Set<String> codes;

	CatalogueState(List<MajorRecord> majors, Set<String> codes) {
		this.majors = new ArrayList<>(majors);
		this.codes = new HashSet<>(codes);
	}

	/** The stored catalogue. */
	public static CatalogueState of(MajorStore majors, VersionStore versions) {
		return new CatalogueState(majors.all(), versions.codes());
	}

	/** The majors as the validator checks codes against them. */
	public List<MajorCategory> majors() {
		return majors.stream().map(MajorRecord::major).toList();
	}

	public Optional<MajorRecord> major(CategoryKind kind, String code) {
		return majors.stream().filter(major -> major.kind() == kind && major.code().equals(code)).findFirst();
	}

	/** The majors with exactly this name, of the kind (of both kinds when it is null). */
	public List<MajorRecord> named(CategoryKind kind, String name) {
		return majors.stream()
			.filter(major -> (kind == null || major.kind() == kind) && major.name().equals(name))
			.toList();
	}

	/** The lowest major code 01–99 of the kind not yet used, or {@code null} when all are. */
	String nextMajorCode(CategoryKind kind) {
		for (int i = 1; i <= 99; i++) {
			String code = String.format("%02d", i);
			if (major(kind, code).isEmpty()) {
				return code;
			}
		}
		return null;
	}

	/** The lowest sub-category code of the major not yet used, or {@code null} when all 99 are. */
	String nextCategoryCode(CategoryKind kind, String major) {
		for (int i = 1; i <= 99; i++) {
			String code = kind.letter() + major + String.format("%02d", i);
			if (!codes.contains(code)) {
				return code;
			}
		}
		return null;
	}

	boolean taken(String code) {
		return codes.contains(code);
	}

	void take(String code) {
		codes.add(code);
	}

	/** Adds or replaces a major (same kind and code). */
	public void put(MajorRecord major) {
		majors.removeIf(known -> known.kind() == major.kind() && known.code().equals(major.code()));
		majors.add(major);
	}
}
