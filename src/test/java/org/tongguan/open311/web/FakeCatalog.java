package org.tongguan.open311.web;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryDefinition;
import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.CategoryLimits;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.CategoryVersionId;
import org.tongguan.catalog.MajorCategory;
import org.tongguan.catalog.MatterKind;
import org.tongguan.catalog.MatterType;
import org.tongguan.catalog.Responsibility;
import org.tongguan.catalog.Stage;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.DepartmentFunction;
import org.tongguan.region.RegionLevel;
import org.tongguan.shared.TimeLimit;

/**
 * A catalogue of four sub-categories, ordered by code as the real one: C0101 上水井盖 (a component), E0101 暴露垃圾
 * (一般 1 working day, 紧急 4 working hours), E0102 道路不洁 (inactive) and E0501 燃气泄漏 (round the clock, no
 * closing conditions).
 */
class FakeCatalog implements Catalog {

	private final List<CategoryVersion> versions = List.of(
			version(4, "C0101", "上水井盖", Map.of(Urgency.NORMAL, TimeLimit.workingDays(1)), null, true, true),
			version(1, "E0101", "暴露垃圾", Map.of(Urgency.NORMAL, TimeLimit.workingDays(1), Urgency.URGENT,
					TimeLimit.workingHours(4)), "暴露垃圾已清除，附处置后照片", false, true),
			version(2, "E0102", "道路不洁", Map.of(Urgency.NORMAL, TimeLimit.workingHours(5)), null, false, false),
			version(3, "E0501", "燃气泄漏", Map.of(Urgency.CRITICAL, TimeLimit.workingHours(2)), null, true, true));

	@Override
	public Optional<CategoryVersion> current(CategoryCode code) {
		return versions.stream().filter(version -> version.code().equals(code)).findFirst();
	}

	@Override
	public Optional<CategoryVersion> version(CategoryVersionId id) {
		return versions.stream().filter(version -> version.id().equals(id)).findFirst();
	}

	@Override
	public List<CategoryVersion> currentAll() {
		return versions;
	}

	@Override
	public List<CategoryVersion> versions(CategoryCode code) {
		return current(code).stream().toList();
	}

	@Override
	public List<MajorCategory> majors() {
		return List.of(new MajorCategory(CategoryKind.EVENT, "01", "市容环境"),
				new MajorCategory(CategoryKind.EVENT, "05", "突发事件"),
				new MajorCategory(CategoryKind.COMPONENT, "01", "公共设施"));
	}

	@Override
	public List<MatterType> matterTypes() {
		return List.of();
	}

	@Override
	public MatterType matterType(MatterKind kind) {
		throw new UnsupportedOperationException("Open311 reads no matter types");
	}

	private static CategoryVersion version(long id, String code, String name, Map<Urgency, TimeLimit> limits,
			String closing, boolean roundTheClock, boolean active) {
		Map<Stage, TimeLimit> stages = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			stages.put(stage, TimeLimit.workingHours(1));
		}
		Urgency fallback = limits.containsKey(Urgency.NORMAL) ? Urgency.NORMAL : Urgency.CRITICAL;
		CategoryDefinition definition = new CategoryDefinition(name,
				new Responsibility(RegionLevel.STREET, null, null, DepartmentFunction.CHENGGUAN), Map.of(),
				new CategoryLimits(fallback, limits, stages), closing, null, false, roundTheClock, active);
		return new CategoryVersion(new CategoryVersionId(id), CategoryCode.of(code), 1, definition, "admin",
				Instant.parse("2026-01-01T00:00:00Z"), null);
	}
}
