package org.tongguan.sensing.alarm;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.identity.Callers;
import org.tongguan.sensing.AlarmId;
import org.tongguan.sensing.rule.RuleEngine;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;

/**
 * What users do with alarms within their data scope: read one with its history and comments, acknowledge (确认),
 * assign (指派), comment (备注) and clear by hand (手动解除); each change is recorded in the alarm's history.
 */
@Service
public class AlarmActions {

	static final int TEXT_LENGTH = 2000;

	static final int NAME_LENGTH = 100;

	private final AlarmStore store;

	private final AlarmLog log;

	private final AlarmRecorder recorder;

	private final AlarmScope scope;

	private final RuleEngine engine;

	private final Callers callers;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AlarmActions(AlarmStore store, AlarmLog log, AlarmRecorder recorder, AlarmScope scope, RuleEngine engine,
			Callers callers, TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.log = log;
		this.recorder = recorder;
		this.scope = scope;
		this.engine = engine;
		this.callers = callers;
		this.transactions = transactions;
		this.clock = clock;
	}

	public AlarmDetails get(AlarmId id) {
		return new AlarmDetails(visible(id), log.history(id), log.comments(id));
	}

	/** The alarm, when the caller may see it: 404 when there is none, 403 outside the caller's data scope. */
	public AlarmRecord visible(AlarmId id) {
		AlarmRecord alarm = store.find(id).orElseThrow(() -> new NotFoundException("No alarm " + id));
		scope.require(alarm);
		return alarm;
	}

	/** 确认 — the alarm has been seen; only an unacknowledged alarm can be acknowledged. */
	public AlarmDetails acknowledge(AlarmId id) {
		return change(id, (alarm, now) -> {
			if (alarm.state() != AlarmState.ACTIVE_UNACKNOWLEDGED) {
				throw new ConflictException("Alarm " + id + " is " + alarm.state() + ", not ACTIVE_UNACKNOWLEDGED");
			}
			store.acknowledge(id, user(), now);
			log.record(id, AlarmHistoryEntry.byUser(now, AlarmAction.ACKNOWLEDGED, user(), null));
		});
	}

	/** 指派 — gives an active alarm to a user (by login name), or to nobody when the name is blank. */
	public AlarmDetails assign(AlarmId id, String assignee) {
		String name = assignee == null || assignee.isBlank() ? null : assignee.strip();
		if (name != null && name.length() > NAME_LENGTH) {
			throw new InvalidInputException("assignee", "must be at most " + NAME_LENGTH + " characters");
		}
		return change(id, (alarm, now) -> {
			requireActive(alarm);
			store.assign(id, name, now);
			log.record(id, AlarmHistoryEntry.byUser(now, AlarmAction.ASSIGNED, user(),
					name == null ? "取消指派" : name));
		});
	}

	/** 备注 — adds a comment, whatever the alarm's state. */
	public AlarmDetails comment(AlarmId id, String text) {
		String body = required("text", text, "what the comment says");
		return change(id, (alarm, now) -> log.comment(id, new AlarmComment(now, user(), body)));
	}

	/** 手动解除 — clears an active alarm; its rule raises no new one until the value has been normal again. */
	public AlarmDetails clear(AlarmId id, String comment) {
		String note = required("comment", comment, "why the alarm is cleared by hand");
		AlarmDetails cleared = change(id, (alarm, now) -> {
			requireActive(alarm);
			recorder.clear(alarm, new AlarmReading(now, null), now, user(), note);
		});
		AlarmSubject subject = cleared.alarm().subject();
		engine.silence(subject.deviceCode(), subject.deviceId(), subject.ruleId());
		return cleared;
	}

	private AlarmDetails change(AlarmId id, BiConsumer<AlarmRecord, Instant> work) {
		transactions.executeWithoutResult(status -> {
			AlarmRecord alarm = store.lock(id);
			scope.require(alarm);
			work.accept(alarm, clock.instant());
		});
		return get(id);
	}

	private String user() {
		return callers.current().username();
	}

	private static void requireActive(AlarmRecord alarm) {
		if (!alarm.state().active()) {
			throw new ConflictException("Alarm " + alarm.id() + " is already cleared");
		}
	}

	private static String required(String field, String value, String what) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "is required: " + what);
		}
		if (value.strip().length() > TEXT_LENGTH) {
			throw new InvalidInputException(field, "must be at most " + TEXT_LENGTH + " characters");
		}
		return value.strip();
	}
}
