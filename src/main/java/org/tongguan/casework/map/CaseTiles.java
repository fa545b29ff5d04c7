package org.tongguan.casework.map;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.casework.internal.CaseworkProperties;
import org.tongguan.casework.query.LightClause;
import org.tongguan.casework.query.ScopeClause;
import org.tongguan.casework.query.Where;
import org.tongguan.casework.store.CaseNumbers;
import org.tongguan.casework.store.SqlValues;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.identity.Callers;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.shared.geo.tiles.TileCoordinate.LonLatBox;
import org.tongguan.shared.geo.tiles.TileCoordinate;
import org.tongguan.shared.geo.tiles.VectorTileBuilder;
import org.tongguan.shared.geo.tiles.ZOrder;

/**
 * The cases on the map as vector tiles (layer {@value #LAYER}), within the caller's data scope and without imported
 * backlog, reported since the filter's start (by default the map's window, {@code tongguan.casework.map-window}):
 * below zoom {@value #SINGLE_CASES_FROM} clusters, one per occupied cell of a 16×16 grid laid over the tile, at the
 * mean position of its cases (cells never straddle tiles, so a case is counted in exactly one tile per zoom), counted
 * from the in-memory {@link CaseMapIndex} — or in the database, more slowly, for a period starting before its window;
 * from that zoom the single cases read from the table, at most {@value #MAX_CASES} per tile, newest first.
 */
@Service
@Transactional(readOnly = true)
public class CaseTiles {

	/** The layer's name. */
	static final String LAYER = "cases";

	/** The zoom from which single cases are drawn instead of clusters. */
	static final int SINGLE_CASES_FROM = 15;

	/** Cluster cells along each side of a tile: 2^4 = 16. */
	static final int CELL_BITS = 4;

	/** The most single cases one tile holds. */
	static final int MAX_CASES = 10_000;

	private final JdbcClient jdbc;

	private final Callers callers;

	private final ScopeClause scope;

	private final CaseNumbers numbers;

	private final Clock clock;

	private final CaseMapIndex index;

	private final Duration window;

	CaseTiles(JdbcClient jdbc, Callers callers, ScopeClause scope, CaseNumbers numbers, Clock clock,
			CaseMapIndex index, CaseworkProperties properties) {
		this.jdbc = jdbc;
		this.callers = callers;
		this.scope = scope;
		this.numbers = numbers;
		this.clock = clock;
		this.index = index;
		this.window = properties.mapWindow();
	}

	/** The tile of the cases the filter selects. */
	public VectorTileBuilder tile(TileCoordinate coordinate, Filter requested) {
		VectorTileBuilder tile = new VectorTileBuilder(coordinate);
		Filter filter = requested.from() != null ? requested : requested.from(clock.instant().minus(window));
		if (coordinate.z() >= SINGLE_CASES_FROM) {
			singleCases(tile, filter);
		}
		else {
			clusters(tile, filter);
		}
		return tile;
	}

	private void clusters(VectorTileBuilder tile, Filter filter) {
		CaseMapIndex.Cases cases = index.current();
		if (filter.from().isBefore(cases.since())) {
			clustersFromTheTable(tile, filter);
			return;
		}
		for (CaseMapSnapshot.Cluster cluster : cases.snapshot()
			.clusters(tile.tile(), CELL_BITS, filter, callers.current().scope())) {
			cluster(tile, cluster.count(), cluster.longitude(), cluster.latitude());
		}
	}

	/**
	 * The clusters of a period reaching back before the in-memory window, from the cases of the tile read from the
	 * table: the same cells as the snapshot's (by their Z-order key), so a case is counted in the same cell either way.
	 */
	private void clustersFromTheTable(VectorTileBuilder tile, Filter filter) {
		TileCoordinate coordinate = tile.tile();
		long first = ZOrder.first(coordinate);
		long end = ZOrder.end(coordinate);
		Map<Integer, double[]> sums = new HashMap<>();
		Where where = where(coordinate.bounds(0), filter);
		jdbc.sql("SELECT c.longitude, c.latitude FROM casework_case c" + where.sql())
			.params(where.params())
			.query((ResultSet rs) -> {
				double longitude = rs.getDouble("longitude");
				double latitude = rs.getDouble("latitude");
				long key = ZOrder.key(longitude, latitude);
				if (key < first || key >= end) {
					return;
				}
				double[] sum = sums.computeIfAbsent(ZOrder.cell(key, coordinate.z(), CELL_BITS), k -> new double[3]);
				sum[0]++;
				sum[1] += longitude;
				sum[2] += latitude;
			});
		sums.values().forEach(sum -> cluster(tile, (long) sum[0], sum[1] / sum[0], sum[2] / sum[0]));
	}

	private static void cluster(VectorTileBuilder tile, long count, double longitude, double latitude) {
		tile.lonLatPoint(LAYER, longitude, latitude, Map.of("count", count, "cluster", true));
	}

	private void singleCases(VectorTileBuilder tile, Filter filter) {
		LonLatBox box = tile.tile().bounds((double) VectorTileBuilder.BUFFER / VectorTileBuilder.EXTENT);
		Where where = where(box, filter);
		Instant now = clock.instant();
		List<Object> params = new ArrayList<>(List.of(SqlValues.bind(now), SqlValues.bind(now)));
		params.addAll(where.params());
		params.add(MAX_CASES);
		jdbc.sql("SELECT c.id, c.reported_at, c.longitude, c.latitude, c.stage, c.category_code, "
				+ LightClause.expression() + " AS light FROM casework_case c" + where.sql()
				+ " ORDER BY c.reported_at DESC, c.id DESC LIMIT ?")
			.params(params)
			.query((rs, row) -> tile.lonLatPoint(LAYER, rs.getDouble("longitude"), rs.getDouble("latitude"),
					Map.of("id", numbers.of(new CaseId(rs.getLong("id")), SqlValues.instant(rs, "reported_at")),
							"stage", rs.getString("stage"), "category", rs.getString("category_code"), "light",
							rs.getString("light"), "cluster", false)))
			.list();
	}

	private Where where(LonLatBox box, Filter filter) {
		Where where = new Where();
		where.and("c.longitude >= ? AND c.longitude < ? AND c.latitude >= ? AND c.latitude < ?", box.west(),
				box.east(), box.south(), box.north());
		scope.within(where, "c.", callers.current().scope());
		return where.and("c.backlog = FALSE")
			.andIfPresent("c.reported_at >= ?", filter.from())
			.andIfPresent("c.reported_at < ?", filter.to())
			.andIfPresent("c.category_code = ?", filter.category())
			.in("c.stage", filter.stages())
			.andIfPresent("c.channel = ?", filter.channel())
			.andIfPresent("c.lead_department = ?", filter.department());
	}

	/**
	 * Which cases the map shows; every part is optional.
	 *
	 * @param from reported at or after
	 * @param to reported before
	 * @param category only this sub-category
	 * @param stages only these stages, empty for any; {@code null} elements (a blank {@code ?stage=}) are ignored
	 * @param channel only this channel
	 * @param department only cases this department handles (主办)
	 */
	public record Filter(Instant from, Instant to, CategoryCode category, Set<CaseStage> stages, Channel channel,
			DepartmentCode department) {

		public Filter {
			stages = stages == null ? Set.of()
					: stages.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
		}

		/** The same filter from another start. */
		Filter from(Instant start) {
			return new Filter(start, to, category, stages, channel, department);
		}
	}
}
