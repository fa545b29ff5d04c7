package org.tongguan.sensing.rule;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.DeviceId;
import org.tongguan.sensing.device.DeviceStatus;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.ingest.Reading;
import org.tongguan.sensing.ingest.ReadingListener;

/**
 * 规则引擎 — evaluates every accepted reading against the rules of its device in memory, without the database and
 * without locks shared across devices, and hands level changes to the alarm writer. Learns the active alarms' levels
 * from the store once at start.
 */
@Component
public class RuleEngine implements ReadingListener {

	private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);

	private final Map<String, DeviceRules> devices = new ConcurrentHashMap<>(1 << 14);

	private final Map<DeviceId, Map<RuleId, WarningLevel>> stored = new ConcurrentHashMap<>();

	private final DeviceRules.Stored storedLevels = this::takeStored;

	private final RuleBooks books;

	private final LevelChanges changes;

	private final Clock clock;

	RuleEngine(RuleBooks books, LevelChanges changes, Clock clock) {
		this.books = books;
		this.changes = changes;
		this.clock = clock;
		changes.activeLevels().forEach((device, levels) -> stored.put(device, new ConcurrentHashMap<>(levels)));
	}

	@Override
	public void onReading(Reading reading) {
		try {
			rulesOf(reading.device().code().value()).onReading(reading, books.current(), storedLevels, changes);
		}
		catch (RuntimeException e) {
			log.warn("Rules failed on a reading of {}", reading.device().code(), e);
		}
	}

	/** A user cleared the device's alarm of the rule: no new alarm until the value is normal again. */
	public void silence(String deviceCode, DeviceId deviceId, RuleId ruleId) {
		DeviceRules rules = devices.get(deviceCode);
		if (rules == null || !rules.silence(ruleId)) {
			Map<RuleId, WarningLevel> levels = stored.get(deviceId);
			if (levels != null) {
				levels.remove(ruleId);
			}
		}
	}

	/**
	 * Takes on an alarm that a sensor archive left active as the device's current alarm of the rule, so that live
	 * readings go on from it (and clear it once the value is normal); an alarm the engine already keeps stays.
	 */
	public void adopt(RegisteredDevice device, RuleId ruleId, WarningLevel level) {
		DeviceRules rules = devices.get(device.code().value());
		if (rules == null || !rules.adopt(ruleId, level)) {
			stored.computeIfAbsent(device.id(), id -> new ConcurrentHashMap<>()).putIfAbsent(ruleId, level);
		}
	}

	/**
	 * Checks the no-data rules of every active device at the current time and forgets devices no longer registered;
	 * every device is also rebound to the current rules, so alarms of withdrawn rules clear.
	 */
	void sweep(Collection<RegisteredDevice> registered) {
		long now = clock.millis();
		RuleBook book = books.current();
		Set<String> codes = new HashSet<>();
		for (RegisteredDevice device : registered) {
			codes.add(device.code().value());
			if (device.status() == DeviceStatus.ACTIVE) {
				rulesOf(device.code().value()).checkSilence(device, now, book, storedLevels, changes);
			}
		}
		devices.keySet().retainAll(codes);
	}

	/** Rebinds every device seen so far to the current rules, after they changed. */
	void refresh() {
		long now = clock.millis();
		RuleBook book = books.current();
		devices.values().forEach(rules -> rules.refresh(book, now, storedLevels, changes));
	}

	private DeviceRules rulesOf(String code) {
		DeviceRules rules = devices.get(code);
		return rules != null ? rules : devices.computeIfAbsent(code, any -> new DeviceRules());
	}

	private Map<RuleId, WarningLevel> takeStored(DeviceId deviceId) {
		Map<RuleId, WarningLevel> levels = stored.remove(deviceId);
		return levels == null ? new ConcurrentHashMap<>() : levels;
	}
}
