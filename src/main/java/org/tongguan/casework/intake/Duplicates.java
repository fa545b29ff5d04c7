package org.tongguan.casework.intake;

import static org.tongguan.casework.store.SqlValues.bind;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.internal.CaseworkProperties;
import org.tongguan.catalog.CategoryCode;

/**
 * Likely duplicates (疑似重复): open cases of the same category reported within
 * {@code tongguan.casework.duplicate-window} and {@code duplicate-radius-m} metres of a new report. Only reports with
 * a point are compared; address-only reports are left to the operator.
 */
@Component
public class Duplicates {

	private static final double EARTH_RADIUS_M = 6_371_008.8;

	private final JdbcClient jdbc;

	private final CaseworkProperties properties;

	Duplicates(JdbcClient jdbc, CaseworkProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** The open cases a new report at this point likely duplicates, nearest first. */
	public List<Duplicate> find(CategoryCode category, double longitude, double latitude, Instant now) {
		double radius = properties.duplicateRadiusM();
		double latitudeSpan = Math.toDegrees(radius / EARTH_RADIUS_M);
		double longitudeSpan = latitudeSpan / Math.max(0.01, Math.cos(Math.toRadians(latitude)));
		return jdbc.sql("""
				SELECT id, longitude, latitude FROM casework_case
				WHERE category_code = ? AND reported_at >= ? AND closed_at IS NULL AND stage NOT IN (?, ?, ?, ?)
					AND longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?""")
			.params(category.value(), bind(now.minus(properties.duplicateWindow())), CaseStage.CLOSED.name(),
					CaseStage.VOIDED.name(), CaseStage.MERGED.name(), CaseStage.TRANSFERRED.name(),
					longitude - longitudeSpan, longitude + longitudeSpan, latitude - latitudeSpan,
					latitude + latitudeSpan)
			.query((rs, row) -> new Duplicate(new CaseId(rs.getLong("id")),
					distance(longitude, latitude, rs.getDouble("longitude"), rs.getDouble("latitude"))))
			.list()
			.stream()
			.filter(duplicate -> duplicate.distanceM() <= radius)
			.sorted(Comparator.comparingDouble(Duplicate::distanceM))
			.toList();
	}

	/** Records the likely duplicates of a new case. */
	public void flag(CaseId id, List<Duplicate> duplicates) {
		for (Duplicate duplicate : duplicates) {
			jdbc.sql("INSERT INTO casework_duplicate (case_id, candidate_id, distance_m) VALUES (?, ?, ?)")
				.params(id.value(), duplicate.id().value(), duplicate.distanceM())
				.update();
		}
	}

	/** The likely duplicates flagged for a case, nearest first. */
	public List<Duplicate> of(CaseId id) {
		return jdbc.sql("SELECT candidate_id, distance_m FROM casework_duplicate WHERE case_id = ? ORDER BY distance_m")
			.param(id.value())
			.query((rs, row) -> new Duplicate(new CaseId(rs.getLong("candidate_id")), rs.getDouble("distance_m")))
			.list();
	}

	/** The great-circle distance in metres between two points. */
	public static double distance(double lon1, double lat1, double lon2, double lat2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/**
	 * A likely duplicate.
	 *
	 * @param id the earlier case
	 * @param distanceM how far apart the two reports are, in metres
	 */
	public record Duplicate(CaseId id, double distanceM) {
	}
}
