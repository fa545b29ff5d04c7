package org.tongguan.sensing.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.tongguan.catalog.CategoryCode;
import org.tongguan.catalog.Urgency;
import org.tongguan.region.Regions;
import org.tongguan.sensing.AlarmDeescalated;
import org.tongguan.sensing.AlarmEscalated;
import org.tongguan.sensing.AlarmId;
import org.tongguan.sensing.DeviceCode;
import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.rule.AlarmRule;
import org.tongguan.sensing.rule.CaseOpening;
import org.tongguan.sensing.rule.Comparison;
import org.tongguan.sensing.rule.LevelChange;
import org.tongguan.sensing.rule.LevelThresholds;
import org.tongguan.sensing.rule.RuleKind;

/** How an active alarm's level change is published: up as {@link AlarmEscalated}, down as {@link AlarmDeescalated}. */
class AlarmRecorderTests {

	private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

	private final AlarmStore store = mock(AlarmStore.class);

	private final AlarmTexts texts = mock(AlarmTexts.class);

	private final List<Object> events = new ArrayList<>();

	private final AlarmRecorder recorder = new AlarmRecorder(store, mock(AlarmLog.class), texts, mock(Regions.class),
			events::add, Clock.fixed(NOW, ZoneOffset.UTC));

	private final RegisteredDevice gauge = new RegisteredDevice(new DeviceId(11), new DeviceCode("WL-440306-0001"),
			"积水监测仪", null, 113.9, 22.5, null, null, null);

	/** A water-level rule that asks for a case from 橙色 on. */
	private final AlarmRule rule = new AlarmRule(new RuleId(5), "积水", "water-level", null, "waterLevel",
			RuleKind.THRESHOLD, Comparison.GE, false, new LevelThresholds(0.1, 0.2, 0.3, 0.5), null, Duration.ZERO,
			null, null,
			new CaseOpening(WarningLevel.ORANGE, CategoryCode.of("E0502"), Urgency.NORMAL), true);

	@Test
	void aLevelGoingUpIsEscalatedAndAsksForACaseWhenItReachesTheCaseLevel() {
		active(WarningLevel.YELLOW, false);
		when(texts.reached(any())).thenReturn("积水 0.35 m");
		recorder.apply(change(WarningLevel.YELLOW, WarningLevel.ORANGE));
		assertThat(events).singleElement().isInstanceOfSatisfying(AlarmEscalated.class, escalated -> {
			assertThat(escalated.from()).isEqualTo(WarningLevel.YELLOW);
			assertThat(escalated.to()).isEqualTo(WarningLevel.ORANGE);
			assertThat(escalated.openCase()).isNotNull();
		});
		verify(store).level(eq(new AlarmId(7)), eq(WarningLevel.ORANGE), any(), eq(NOW), eq(true));
	}

	@Test
	void aLevelGoingDownIsDeescalatedAndNeverAsksForACase() {
		active(WarningLevel.RED, false);
		recorder.apply(change(WarningLevel.RED, WarningLevel.ORANGE));
		assertThat(events).singleElement().isInstanceOfSatisfying(AlarmDeescalated.class, lowered -> {
			assertThat(lowered.alarm()).isEqualTo(new AlarmId(7));
			assertThat(lowered.from()).isEqualTo(WarningLevel.RED);
			assertThat(lowered.to()).isEqualTo(WarningLevel.ORANGE);
			assertThat(lowered.at()).isEqualTo(NOW.minusSeconds(5));
		});
		verify(store).level(eq(new AlarmId(7)), eq(WarningLevel.ORANGE), any(), eq(NOW), anyBoolean());
	}

	@Test
	void theSameLevelAgainPublishesNothing() {
		active(WarningLevel.ORANGE, true);
		recorder.apply(change(WarningLevel.ORANGE, WarningLevel.ORANGE));
		assertThat(events).isEmpty();
	}

	private void active(WarningLevel level, boolean caseRequested) {
		AlarmSubject subject = new AlarmSubject(gauge.id(), gauge.code().value(), gauge.name(), "water-level",
				rule.id(), rule.name(), rule.metric());
		AlarmReading raised = new AlarmReading(NOW.minusSeconds(60), 0.6);
		when(store.active(subject.activeKey())).thenReturn(Optional.of(new AlarmRecord(new AlarmId(7), subject, null,
				level, AlarmState.ACTIVE_UNACKNOWLEDGED, raised, raised, NOW, NOW, null, null, null, null, null, null,
				null, caseRequested)));
	}

	private LevelChange change(WarningLevel from, WarningLevel to) {
		return new LevelChange(gauge, rule.id(), rule, from, to, 0.35, NOW.minusSeconds(5), null);
	}
}
