package org.tongguan.indicator.warning;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseIntake;
import org.tongguan.casework.CaseReport;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.casework.Channel;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.Urgency;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Indicators;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.WarningLevel;

/**
 * Opens one case (channel INDICATOR, catalogue E0511 城市体征指标预警) for each warning raised, for the department
 * the warning goes to (the indicator's responsible department, the source department for lateness), through case
 * handling's intake; the warning's key {@code indicator-warning-<id>} is the case's external id and idempotency key,
 * so a warning handled twice never opens a second case, and the case's description names the indicator, region,
 * period and value. A clearing is recorded on the case's timeline (by whichever of the two listeners runs after the
 * case is linked, as the events may be handled in either order); the department still closes the case.
 */
@Component
class WarningCases {

	/** The most characters of a case description this module writes. */
	private static final int MOST_DESCRIPTION = 1000;

	private final WarningStore store;

	private final Indicators indicators;

	private final CasePlaces places;

	private final CaseIntake intake;

	private final WarningProperties properties;

	WarningCases(WarningStore store, Indicators indicators, CasePlaces places, CaseIntake intake,
			WarningProperties properties) {
		this.store = store;
		this.indicators = indicators;
		this.places = places;
		this.intake = intake;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(IndicatorWarningRaised raised) {
		IndicatorWarning warning = store.find(raised.warning()).orElseThrow();
		if (warning.caseId() != null) {
			return;
		}
		IndicatorPlan plan = indicators.plans(List.of(warning.indicator())).get(warning.indicator());
		CaseSnapshot opened = intake.reportForChannel(CaseReport.indicatorWarning(key(warning.id()),
				CategoryCode.of(properties.category()), description(warning, plan), warning.department())
			.at(null, null, places.address(warning.region()))
			.urgency(warning.level().compareTo(WarningLevel.ORANGE) >= 0 ? Urgency.URGENT : Urgency.NORMAL)
			.build());
		store.linkCase(warning.id(), opened.id().value(), opened.number());
		store.find(warning.id())
			.filter(now -> now.state() == WarningState.CLEARED)
			.ifPresent(now -> intake.recordCleared(Channel.INDICATOR, key(now.id()), now.clearing()));
	}

	/** Records the clearing on the warning's case once it has one (else the case records it when it opens). */
	@ApplicationModuleListener
	void on(IndicatorWarningCleared cleared) {
		if (store.find(cleared.warning()).map(IndicatorWarning::caseId).isPresent()) {
			intake.recordCleared(Channel.INDICATOR, key(cleared.warning()), cleared.clearing());
		}
	}

	/** The key of a warning's case: its external id and idempotency key. */
	static String key(long warning) {
		return "indicator-warning-" + warning;
	}

	private String description(IndicatorWarning warning, IndicatorPlan plan) {
		String text = "【城市体征" + warning.kind().label() + "预警·" + WarningRules.colour(warning.level()) + "】"
				+ warning.message() + "。指标 " + plan.code() + " " + plan.name() + "，区域 "
				+ places.name(warning.region()) + "（" + warning.region() + "），统计期 "
				+ new Period(plan.frequency(), warning.periodStart()) + "，预警编号 " + warning.id() + "。应对预案："
				+ (plan.responsePlan() == null ? "按职责研判处置" : plan.responsePlan());
		return text.length() > MOST_DESCRIPTION ? text.substring(0, MOST_DESCRIPTION) : text;
	}
}
