package org.tongguan.open311.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseIntake;
import org.tongguan.casework.CaseQueries;
import org.tongguan.casework.CaseReport;
import org.tongguan.casework.CaseSearch;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.Urgency;
import org.tongguan.identity.Caller;
import org.tongguan.region.RegionCode;
import org.tongguan.shared.InvalidInputException;

/**
 * Casework as Open311 sees it, in memory: reports become cases numbered {@code 20261121-0001, …} at the clock's
 * time, a repeated idempotency key returns the first case, and a point east of longitude 115 is outside the city.
 */
class FakeCases implements CaseIntake, CaseQueries {

	final List<CaseReport> reports = new ArrayList<>();

	final List<Caller> reportedAs = new ArrayList<>();

	private final List<CaseSnapshot> cases = new ArrayList<>();

	private final Map<String, CaseSnapshot> byKey = new HashMap<>();

	private final Map<CaseId, CaseId> masters = new HashMap<>();

	private final Clock clock;

	FakeCases(Clock clock) {
		this.clock = clock;
	}

	@Override
	public CaseSnapshot report(Caller caller, CaseReport report) {
		if (report.longitude() != null && report.longitude() > 115) {
			throw new InvalidInputException("location", "(" + report.longitude() + ", " + report.latitude()
					+ ") lies outside the city");
		}
		reportedAs.add(caller);
		reports.add(report);
		return byKey.computeIfAbsent(report.idempotencyKey(),
				key -> add(report.category(), report.urgency(), report.description(), report.longitude(),
						report.latitude(), report.address(), CaseStage.REPORTED, clock.instant()));
	}

	@Override
	public CaseSnapshot reportForChannel(CaseReport report) {
		throw new UnsupportedOperationException("Open311 always reports as the API key's external system");
	}

	@Override
	public void recordCleared(Channel channel, String externalId, String note) {
		throw new UnsupportedOperationException("Open311 reports nothing that clears");
	}

	/** Stores a case as if reported at the given time. */
	CaseSnapshot add(CategoryCode category, Urgency urgency, String description, Double longitude, Double latitude,
			String address, CaseStage stage, Instant reportedAt) {
		return add(Channel.OPEN311, category, urgency, description, longitude, latitude, address, stage, reportedAt);
	}

	/** Stores a case of a channel as if reported at the given time. */
	CaseSnapshot add(Channel channel, CategoryCode category, Urgency urgency, String description, Double longitude,
			Double latitude, String address, CaseStage stage, Instant reportedAt) {
		long id = cases.size() + 1;
		boolean closed = stage.terminal();
		CaseSnapshot snapshot = new CaseSnapshot(new CaseId(id), "20261121-%04d".formatted(id), channel, stage,
				category, "暴露垃圾", urgency, description, address, longitude, latitude, null,
				RegionCode.of("440304001"), RegionCode.of("440304"), null,
				closed ? "福田街道办事处" : null, reportedAt, reportedAt.plusSeconds(600),
				reportedAt.plusSeconds(86_400), closed ? reportedAt.plusSeconds(3_600) : null,
				closed ? "已清运" : null, List.of(), null);
		cases.add(snapshot);
		return snapshot;
	}

	@Override
	public Optional<CaseSnapshot> find(CaseId id) {
		return cases.stream().filter(snapshot -> snapshot.id().equals(id)).findFirst();
	}

	@Override
	public Optional<CaseSnapshot> findByNumber(String number) {
		return cases.stream().filter(snapshot -> snapshot.number().equals(number)).findFirst();
	}

	@Override
	public Optional<CaseSnapshot> master(CaseId duplicate) {
		return Optional.ofNullable(masters.get(duplicate)).flatMap(this::find);
	}

	/** Marks a stored case as merged into another. */
	void merge(CaseSnapshot duplicate, CaseSnapshot master) {
		masters.put(duplicate.id(), master.id());
	}

	@Override
	public List<CaseSnapshot> search(CaseSearch search) {
		return cases.stream()
			.filter(snapshot -> search.ids().isEmpty() || search.ids().contains(snapshot.id()))
			.filter(snapshot -> search.categories().isEmpty() || search.categories().contains(snapshot.category()))
			.filter(snapshot -> search.stages().isEmpty() || search.stages().contains(snapshot.stage()))
			.filter(snapshot -> search.channels().isEmpty() || search.channels().contains(snapshot.channel()))
			.filter(snapshot -> !search.excludedCategories().contains(snapshot.category()))
			.filter(snapshot -> search.reportedFrom() == null || !snapshot.reportedAt().isBefore(search.reportedFrom()))
			.filter(snapshot -> search.reportedTo() == null || snapshot.reportedAt().isBefore(search.reportedTo()))
			.sorted(Comparator.comparing(CaseSnapshot::reportedAt).reversed())
			.limit(search.limit())
			.toList();
	}
}
