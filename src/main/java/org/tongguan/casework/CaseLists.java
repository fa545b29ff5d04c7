package org.tongguan.casework;

import java.time.Instant;
import java.util.List;

import org.tongguan.region.RegionCode;

/**
 * 案件清单 — pages of cases as the case list ({@code GET /api/cases}) answers them, within the current caller's data
 * scope, for other modules that drill through from a figure to the cases behind it.
 */
public interface CaseLists {

	/**
	 * The cases reported in {@code [from, to)} within the region's subtree (and of the channel, when given), imported
	 * history included — the cases the statistics count as reported (上报数) — newest first.
	 *
	 * @throws org.tongguan.shared.InvalidInputException for a page or size the case list refuses
	 */
	Page reported(RegionCode region, Channel channel, Instant from, Instant to, int page, int size);

	/**
	 * One page of cases.
	 *
	 * @param items the cases, each as {@code GET /api/cases} answers it
	 * @param total how many there are in all
	 * @param page the page, from 0
	 * @param size the page size asked for
	 */
	record Page(List<Item> items, long total, int page, int size) {
	}

	/** A case as the case list shows it (its JSON is that of {@code GET /api/cases}'s items). */
	interface Item {

		/** The case's id. */
		long id();

		/** Its case number (案卷号). */
		String number();

		/** When it was reported. */
		Instant reportedAt();
	}
}
