package org.tongguan.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryDefinition;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.shared.InvalidInputException;

/** A sub-category typed by a person: its code, or its exact name among the sub-categories in force. */
class CategoryNamesTests {

	private final Catalog catalog = mock(Catalog.class);

	private final CategoryNames names = new CategoryNames(catalog);

	@Test
	void aCodeIsTakenAsItIsAndANameByExactMatchOnASubCategoryInForce() {
		List<CategoryVersion> versions = List.of(version("E0101", "暴露垃圾", true),
				version("E0102", "暴露垃圾（旧）", true), version("E0103", "道路不洁", false));
		when(catalog.currentAll()).thenReturn(versions);
		assertThat(names.resolve("category", "E0105")).isEqualTo(CategoryCode.of("E0105"));
		assertThat(names.resolve("category", "暴露垃圾")).isEqualTo(CategoryCode.of("E0101"));
		assertThat(names.resolve("category", " 暴露垃圾 ")).isEqualTo(CategoryCode.of("E0101"));
		assertThat(names.resolve("category", null)).isNull();
	}

	@Test
	void anUnknownOrRetiredNameIsRefusedNamingTheValue() {
		List<CategoryVersion> versions = List.of(version("E0103", "道路不洁", false));
		when(catalog.currentAll()).thenReturn(versions);
		assertThatThrownBy(() -> names.resolve("category", "道路不洁")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("'道路不洁'")
			.satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).field()).isEqualTo("category"));
		assertThatThrownBy(() -> names.resolve("filter", "暴露")).hasMessageContaining("'暴露'");
	}

	@Test
	void aNameTwoSubCategoriesShareIsAmbiguousAndNamesTheirCodes() {
		List<CategoryVersion> versions = List.of(version("E0101", "其他", true), version("C0599", "其他", true));
		when(catalog.currentAll()).thenReturn(versions);
		assertThatThrownBy(() -> names.resolve("category", "其他")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("E0101")
			.hasMessageContaining("C0599");
	}

	private static CategoryVersion version(String code, String name, boolean active) {
		CategoryDefinition definition = mock(CategoryDefinition.class);
		when(definition.name()).thenReturn(name);
		when(definition.active()).thenReturn(active);
		return new CategoryVersion(null, CategoryCode.of(code), 1, definition, "admin", null, null);
	}
}
