package org.tongguan.region.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.tongguan.region.Location;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;

/**
 * An immutable view of the whole hierarchy at one moment: regions by code, children, one spatial index per level and
 * the rendered GeoJSON export of each level (rendered on first request).
 */
public final class RegionSnapshot {

	private static final Comparator<Boundary> BY_CODE = Comparator.comparing(b -> b.region().code().value());

	private static final RegionLevel[] FINEST_FIRST = { RegionLevel.GRID, RegionLevel.COMMUNITY, RegionLevel.STREET,
			RegionLevel.DISTRICT };

	private final Map<RegionCode, Boundary> byCode;

	private final Map<RegionCode, List<Region>> children;

	private final Map<RegionLevel, List<Boundary>> byLevel;

	/** Regions by exact name, coarsest level first and by code within a level. */
	private final Map<String, List<Region>> byName;

	private final Map<RegionLevel, SpatialIndex> indexes;

	private final Map<RegionLevel, byte[]> exports = new ConcurrentHashMap<>();

	private RegionSnapshot(Collection<Boundary> boundaries) {
		List<Boundary> sorted = new ArrayList<>(boundaries);
		sorted.sort(BY_CODE);
		Map<RegionCode, Boundary> codes = new LinkedHashMap<>();
		Map<RegionCode, List<Region>> kids = new HashMap<>();
		Map<String, List<Region>> names = new HashMap<>();
		Map<RegionLevel, List<Boundary>> levels = new EnumMap<>(RegionLevel.class);
		for (RegionLevel level : RegionLevel.values()) {
			levels.put(level, new ArrayList<>());
		}
		for (Boundary boundary : sorted) {
			Region region = boundary.region();
			codes.put(region.code(), boundary);
			levels.get(region.level()).add(boundary);
			names.computeIfAbsent(region.name(), name -> new ArrayList<>()).add(region);
			if (region.parent() != null) {
				kids.computeIfAbsent(region.parent(), parent -> new ArrayList<>()).add(region);
			}
		}
		Map<RegionLevel, SpatialIndex> spatial = new EnumMap<>(RegionLevel.class);
		for (RegionLevel level : FINEST_FIRST) {
			spatial.put(level, SpatialIndex.of(levels.get(level)));
		}
		levels.replaceAll((level, list) -> List.copyOf(list));
		kids.replaceAll((parent, list) -> List.copyOf(list));
		names.replaceAll((name, list) -> list.stream().sorted(Comparator.comparing(Region::level)).toList());
		this.byCode = Collections.unmodifiableMap(codes);
		this.children = kids;
		this.byLevel = levels;
		this.byName = names;
		this.indexes = spatial;
	}

	/** A snapshot of these boundaries. */
	public static RegionSnapshot of(Collection<Boundary> boundaries) {
		return new RegionSnapshot(boundaries);
	}

	/** The region with this code, or {@code null}. */
	public Boundary boundary(RegionCode code) {
		return byCode.get(code);
	}

	public Optional<Region> find(RegionCode code) {
		return Optional.ofNullable(byCode.get(code)).map(Boundary::region);
	}

	/** Every region with its boundary, ordered by code. */
	public Collection<Boundary> all() {
		return byCode.values();
	}

	/** The boundaries of one level, ordered by code. */
	public List<Boundary> level(RegionLevel level) {
		return byLevel.get(level);
	}

	/** The regions directly below this one, ordered by code. */
	public List<Region> children(RegionCode code) {
		return children.getOrDefault(code, List.of());
	}

	/** How many regions the snapshot holds. */
	public int size() {
		return byCode.size();
	}

	Optional<Location> locate(double longitude, double latitude) {
		for (RegionLevel level : FINEST_FIRST) {
			Region found = indexes.get(level).locate(longitude, latitude);
			if (found != null) {
				return Optional.of(locationOf(found));
			}
		}
		return Optional.empty();
	}

	/** The regions with exactly this name, of one level or of any level when {@code level} is null. */
	public List<Region> named(String name, RegionLevel level) {
		List<Region> named = byName.getOrDefault(name, List.of());
		return level == null ? named : named.stream().filter(region -> region.level() == level).toList();
	}

	/** The region and its ancestors, from itself up to its city or province; empty for an unknown code. */
	public List<Region> lineage(RegionCode code) {
		List<Region> lineage = new ArrayList<>(5);
		for (Boundary at = byCode.get(code); at != null; at = parentOf(at.region())) {
			lineage.add(at.region());
		}
		return lineage;
	}

	public boolean isWithin(RegionCode code, RegionCode ancestor) {
		if (ancestor.isPlatform()) {
			return true;
		}
		RegionCode at = code;
		while (at != null) {
			if (at.equals(ancestor)) {
				return true;
			}
			Boundary boundary = byCode.get(at);
			at = boundary == null ? null : boundary.region().parent();
		}
		return false;
	}

	/** The level's boundaries as GeoJSON (UTF-8), rendered once per snapshot. */
	byte[] export(RegionLevel level) {
		return exports.computeIfAbsent(level, key -> BoundaryExport.render(byLevel.get(key)));
	}

	/** The level's boundaries within one region's subtree as GeoJSON (UTF-8). */
	byte[] export(RegionLevel level, RegionCode within) {
		return BoundaryExport.render(byLevel.get(level).stream()
			.filter(boundary -> isWithin(boundary.region().code(), within))
			.toList());
	}

	private Boundary parentOf(Region region) {
		return region.parent() == null ? null : byCode.get(region.parent());
	}

	private Location locationOf(Region found) {
		Map<RegionLevel, Region> levels = new EnumMap<>(RegionLevel.class);
		for (Region region : lineage(found.code())) {
			levels.put(region.level(), region);
		}
		return new Location(levels.get(RegionLevel.GRID), levels.get(RegionLevel.COMMUNITY),
				levels.get(RegionLevel.STREET), levels.get(RegionLevel.DISTRICT));
	}
}
