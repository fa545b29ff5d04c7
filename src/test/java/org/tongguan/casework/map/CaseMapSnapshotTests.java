package org.tongguan.casework.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionCode;
import org.tongguan.shared.geo.tiles.TileCoordinate;

class CaseMapSnapshotTests {

	/** The z 10 tile around the Civic Centre, which holds parts of 福田区 and 南山区. */
	private static final TileCoordinate CITY_CENTRE = new TileCoordinate(10, 836, 446);

	private static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");

	private static final CaseTiles.Filter EVERYTHING = new CaseTiles.Filter(null, null, null, null, null, null);

	private final CaseMapSnapshot snapshot = snapshot();

	@Test
	void countsEveryCaseOfTheTileOnceAndLeavesOutTheOthers() {
		List<CaseMapSnapshot.Cluster> clusters = snapshot.clusters(CITY_CENTRE, 4, EVERYTHING, RegionCode.PLATFORM);
		assertThat(total(clusters)).isEqualTo(4);
		assertThat(clusters).allSatisfy(cluster -> assertThat(cluster.longitude()).isBetween(113.9, 114.1));
	}

	@Test
	void putsNearbyCasesInOneClusterAtTheirMeanPosition() {
		List<CaseMapSnapshot.Cluster> clusters = snapshot.clusters(CITY_CENTRE, 2, EVERYTHING, RegionCode.PLATFORM);
		CaseMapSnapshot.Cluster civicCentre = clusters.stream().filter(cluster -> cluster.count() == 3).findFirst()
			.orElseThrow();
		assertThat(civicCentre.longitude()).isBetween(114.0579, 114.0581);
	}

	@Test
	void countsOnlyWhatTheScopeCovers() {
		assertThat(total(snapshot.clusters(CITY_CENTRE, 4, EVERYTHING, RegionCode.of("440304")))).isEqualTo(3);
		assertThat(total(snapshot.clusters(CITY_CENTRE, 4, EVERYTHING, RegionCode.of("440305")))).isEqualTo(1);
		assertThat(total(snapshot.clusters(CITY_CENTRE, 4, EVERYTHING, RegionCode.of("440300")))).isEqualTo(4);
	}

	@Test
	void appliesEveryFilter() {
		assertThat(count(new CaseTiles.Filter(MONDAY.plusSeconds(3600), null, null, null, null, null))).isEqualTo(1);
		assertThat(count(new CaseTiles.Filter(null, MONDAY.plusSeconds(1), null, null, null, null))).isEqualTo(3);
		assertThat(count(new CaseTiles.Filter(null, null, CategoryCode.of("E0101"), null, null, null))).isEqualTo(3);
		assertThat(count(new CaseTiles.Filter(null, null, CategoryCode.of("E9999"), null, null, null))).isZero();
		assertThat(count(new CaseTiles.Filter(null, null, null, Set.of(CaseStage.HANDLING, CaseStage.CLOSED), null,
				null))).isEqualTo(2);
		assertThat(count(new CaseTiles.Filter(null, null, null, null, Channel.INSPECTOR, null))).isEqualTo(1);
		assertThat(count(new CaseTiles.Filter(null, null, null, null, null, new DepartmentCode("440304-CHENGGUAN"))))
			.isEqualTo(1);
	}

	private long count(CaseTiles.Filter filter) {
		return total(snapshot.clusters(CITY_CENTRE, 4, filter, RegionCode.PLATFORM));
	}

	private static long total(List<CaseMapSnapshot.Cluster> clusters) {
		return clusters.stream().mapToLong(CaseMapSnapshot.Cluster::count).sum();
	}

	private static CaseMapSnapshot snapshot() {
		CaseMapSnapshot.Builder rows = new CaseMapSnapshot.Builder(2);
		rows.add(114.0579, 22.5431, MONDAY, CaseStage.REPORTED, Channel.HOTLINE, "E0101", null, "440304001001001");
		rows.add(114.0580, 22.5432, MONDAY, CaseStage.HANDLING, Channel.HOTLINE, "E0101", "440304-CHENGGUAN",
				"440304001001002");
		rows.add(114.0581, 22.5433, MONDAY.plusSeconds(7200), CaseStage.CLOSED, Channel.INSPECTOR, "C0103", null,
				"440304001002001");
		rows.add(113.9300, 22.5300, MONDAY, CaseStage.FILED, Channel.HOTLINE, "E0101", null, "440305002001001");
		rows.add(114.3000, 22.7000, MONDAY, CaseStage.FILED, Channel.HOTLINE, "E0101", null, "440307001001001");
		return rows.build();
	}
}
