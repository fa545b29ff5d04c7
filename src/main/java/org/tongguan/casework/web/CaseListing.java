package org.tongguan.casework.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseLists;
import org.tongguan.casework.Channel;
import org.tongguan.casework.query.CaseFilter;
import org.tongguan.casework.query.CaseFinder;
import org.tongguan.casework.query.CasePage;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.region.RegionCode;

/** The case list's pages for other modules: the same finder and the same summaries as {@code GET /api/cases}. */
@Component
class CaseListing implements CaseLists {

	private final CaseFinder finder;

	private final CaseViews views;

	CaseListing(CaseFinder finder, CaseViews views) {
		this.finder = finder;
		this.views = views;
	}

	@Override
	public Page reported(RegionCode region, Channel channel, Instant from, Instant to, int page, int size) {
		CasePage<CaseRecord> found = finder.find(new CaseFilter(region, null, null, Set.of(), null, channel, from, to,
				page, size, CaseFilter.Sort.REPORTED_AT, false, true));
		List<Item> items = found.items().stream().<Item>map(views::summary).toList();
		return new Page(items, found.total(), found.page(), found.size());
	}
}
