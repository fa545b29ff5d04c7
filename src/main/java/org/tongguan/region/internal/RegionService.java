package org.tongguan.region.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.tongguan.region.Location;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

/**
 * The region hierarchy in memory: every read answers from one immutable {@link RegionSnapshot}, replaced atomically
 * whenever the stored regions change, so readers never see half an import.
 */
@Service
public class RegionService implements Regions {

	private final AtomicReference<RegionSnapshot> snapshot = new AtomicReference<>(RegionSnapshot.of(List.of()));

	private final RegionStore store;

	RegionService(RegionStore store) {
		this.store = store;
	}

	@Override
	public Optional<Location> locate(double longitude, double latitude) {
		return snapshot.get().locate(longitude, latitude);
	}

	@Override
	public Optional<Region> find(RegionCode code) {
		return snapshot.get().find(code);
	}

	@Override
	public List<Region> list(RegionLevel level) {
		return snapshot.get().level(level).stream().map(Boundary::region).toList();
	}

	@Override
	public List<Region> named(String name, RegionLevel level) {
		return name == null ? List.of() : snapshot.get().named(name, level);
	}

	@Override
	public boolean isWithin(RegionCode code, RegionCode ancestor) {
		return snapshot.get().isWithin(code, ancestor);
	}

	@Override
	public List<Region> lineage(RegionCode code) {
		return snapshot.get().lineage(code);
	}

	/** The regions directly below this one, ordered by code. */
	public List<Region> children(RegionCode code) {
		return snapshot.get().children(code);
	}

	/**
	 * The regions of one level with their boundaries as a GeoJSON FeatureCollection in UTF-8.
	 *
	 * @param within only the regions in this region's subtree, or {@code null} for the whole city
	 */
	public byte[] export(RegionLevel level, RegionCode within) {
		RegionSnapshot current = snapshot.get();
		return within == null ? current.export(level) : current.export(level, within);
	}

	/** The snapshot every read answers from right now. */
	public RegionSnapshot current() {
		return snapshot.get();
	}

	/** Reads every stored region and answers from them from now on; returns how many there are. */
	public int reload() {
		return install(RegionSnapshot.of(store.loadAll()));
	}

	/** Answers from this snapshot from now on; returns how many regions it holds. */
	public int install(RegionSnapshot next) {
		snapshot.set(next);
		return next.size();
	}
}
