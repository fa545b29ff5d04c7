package org.tongguan.casework.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.tongguan.casework.CaseId;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.CategoryVersionId;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionCode;

/** Converts between the platform's value types and what H2 and PostgreSQL bind and read. */
public final class SqlValues {

	private SqlValues() {
	}

	/** The JDBC value of a platform value: instants as UTC timestamps, enums by name, ids and codes as their value. */
	public static Object bind(Object value) {
		if (value instanceof Instant instant) {
			return instant.atOffset(ZoneOffset.UTC);
		}
		if (value instanceof Duration duration) {
			return duration.toSeconds();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof CaseId id) {
			return id.value();
		}
		if (value instanceof CategoryVersionId id) {
			return id.value();
		}
		if (value instanceof RegionCode || value instanceof DepartmentCode || value instanceof CategoryCode) {
			return value.toString();
		}
		return value;
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static Duration seconds(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : Duration.ofSeconds(value);
	}

	static Double number(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	public static Boolean flag(ResultSet rs, String column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

	static RegionCode region(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return value == null ? null : RegionCode.of(value);
	}

	public static DepartmentCode department(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return value == null ? null : new DepartmentCode(value);
	}

	public static <E extends Enum<E>> E constant(ResultSet rs, String column, Class<E> type) throws SQLException {
		String value = rs.getString(column);
		return value == null ? null : Enum.valueOf(type, value);
	}
}
