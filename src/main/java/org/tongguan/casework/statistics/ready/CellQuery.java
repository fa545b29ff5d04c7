package org.tongguan.casework.statistics.ready;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

import org.tongguan.region.RegionCode;

/**
 * Which of the ready data a statistics query reads (decision 0015) over the city-local days {@code [from, to)}: the
 * parts of the period by span (at most a partial month of day slices, whole months of month slices and a partial
 * month of day slices), and which cells of those slices it counts (its scope, region and group filters).
 */
final class CellQuery {

	/**
	 * A part of the period read from the slices of one span.
	 *
	 * @param span day or month
	 * @param start the first period
	 * @param end the day after the last
	 */
	record Part(Span span, LocalDate start, LocalDate end) {

		/**
		 * The parts as ranges to read, by span and start: those of a span that overlap or adjoin joined into one, so
		 * that a series of periods is read as one range and a long period's partial months apart from the months
		 * between them (whose day slices it does not count).
		 */
		static List<Part> joined(Collection<Part> parts) {
			List<Part> sorted = parts.stream()
				.sorted(Comparator.comparing(Part::span).thenComparing(Part::start))
				.toList();
			List<Part> joined = new ArrayList<>();
			for (Part part : sorted) {
				Part last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
				if (last != null && last.span() == part.span() && !part.start().isAfter(last.end())) {
					joined.set(joined.size() - 1, new Part(part.span(), last.start(), max(last.end(), part.end())));
				}
				else {
					joined.add(part);
				}
			}
			return joined;
		}
	}

	private final LocalDate from;

	private final LocalDate to;

	private final List<Part> parts = new ArrayList<>();

	/** Conditions on a cell's district and group key. */
	private final List<BiPredicate<String, String>> filters = new ArrayList<>();

	/** The prefix of every piece whose cells may count: the narrowest district or coarser region filtered on. */
	private String pieces = "";

	CellQuery(LocalDate from, LocalDate to) {
		this.from = from;
		this.to = to;
		LocalDate day = from;
		if (day.getDayOfMonth() != 1) {
			day = part(Span.D, day, min(to, day.withDayOfMonth(1).plusMonths(1)));
		}
		if (to.withDayOfMonth(1).isAfter(day)) {
			day = part(Span.M, day, to.withDayOfMonth(1));
		}
		if (to.isAfter(day)) {
			part(Span.D, day, to);
		}
	}

	private LocalDate part(Span span, LocalDate start, LocalDate end) {
		parts.add(new Part(span, start, end));
		return end;
	}

	/** Restricts the query to a region's subtree: any region at district level or above, else one in the view. */
	void within(RegionCode region) {
		String prefix = region.value().length() <= 6 ? region.significantPrefix() : region.district().value();
		pieces = prefix.length() > pieces.length() ? prefix : pieces;
		if (region.value().length() <= 6) {
			filters.add((district, group) -> district.startsWith(prefix));
			return;
		}
		String district = region.district().value();
		String first = region.value();
		String end = region.subtreeEnd().orElse(null);
		filters.add((cellDistrict, group) -> cellDistrict.equals(district) && group.compareTo(first) >= 0
				&& (end == null || group.compareTo(end) < 0));
	}

	/** Restricts the query to one group of the view (a department or a category). */
	void group(String key) {
		filters.add((district, group) -> group.equals(key));
	}

	/** Whether the query counts the cell of this district and group key. */
	boolean counts(String district, String group) {
		for (BiPredicate<String, String> filter : filters) {
			if (!filter.test(district, group)) {
				return false;
			}
		}
		return true;
	}

	List<Part> parts() {
		return parts;
	}

	/**
	 * The prefix every slice piece holding a counted cell starts with: a piece is a district, a city (in the city
	 * views) or a street (in the grid view), each starting with its district's or city's code.
	 */
	String pieces() {
		return pieces;
	}

	LocalDate from() {
		return from;
	}

	LocalDate to() {
		return to;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}
}
