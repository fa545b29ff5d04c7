package org.tongguan.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.MajorCategory;

/** Shows versions with the names of their major categories, read once per request. */
final class MajorNames {

	private final Map<String, String> names;

	private MajorNames(List<MajorCategory> majors) {
		this.names = majors.stream()
			.collect(Collectors.toMap(major -> key(major.kind().letter(), major.code()), MajorCategory::name));
	}

	static MajorNames of(Catalog catalog) {
		return new MajorNames(catalog.majors());
	}

	VersionView view(CategoryVersion version) {
		CategoryCode code = version.code();
		return VersionView.of(version, names.get(key(code.kind().letter(), code.major())));
	}

	private static String key(char letter, String major) {
		return letter + major;
	}
}
