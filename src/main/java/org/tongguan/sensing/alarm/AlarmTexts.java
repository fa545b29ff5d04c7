package org.tongguan.sensing.alarm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.device.MetricSpec;
import org.tongguan.sensing.device.RegisteredDevice;
import org.tongguan.sensing.rule.AlarmRule;
import org.tongguan.sensing.rule.LevelChange;
import org.tongguan.sensing.rule.RuleKind;

/** Writes what an alarm is about in the words of the case and the history: metric, value, threshold and time. */
@Component
class AlarmTexts {

	private final DateTimeFormatter times;

	AlarmTexts(Clock clock) {
		this.times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
	}

	/** The device, e.g. 积水监测仪 WL-0001（深南大道…）. */
	String device(RegisteredDevice device) {
		String type = device.type() == null ? "设备" : device.type().name();
		return type + " " + device.code() + "（" + device.name() + "）";
	}

	/** Why the alarm reached its new level, e.g. 积水深度 0.31 m ≥ 黄色阈值 0.27 m，测量时间 …. */
	String reached(LevelChange change) {
		AlarmRule rule = change.rule();
		WarningLevel level = change.to();
		String reason = switch (rule.kind()) {
			case THRESHOLD -> metric(change) + " " + number(change.value()) + unit(change) + " "
					+ rule.comparison().sign() + " " + level.label() + "阈值 " + number(rule.thresholds().of(level))
					+ unit(change);
			case RATE -> metric(change) + (rule.absolute() ? "每分钟变化幅度 " : "每分钟变化 ") + number(change.value())
					+ unit(change) + " " + rule.comparison().sign() + " " + level.label() + "阈值 "
					+ number(rule.thresholds().of(level)) + unit(change);
			case NO_DATA -> "已 " + Math.round(change.value()) + " 分钟没有" + (rule.metric() == null ? "" : metric(change))
					+ "数据（规则：" + rule.noDataFor().toMinutes() + " 分钟），" + level.label() + "告警";
			case OFFLINE -> "设备离线，" + level.label() + "告警";
		};
		String when = switch (rule.kind()) {
			case NO_DATA -> "发现时间 ";
			case OFFLINE -> "最后通信 ";
			default -> "测量时间 ";
		};
		return device(change.device()) + "：" + reason + "，" + when + time(change.measuredAt());
	}

	/** Why the rule cleared the alarm. */
	String cleared(LevelChange change) {
		if (change.note() != null) {
			return change.note();
		}
		AlarmRule rule = change.rule();
		String reason = switch (rule.kind()) {
			case NO_DATA -> "设备恢复上报数据";
			case OFFLINE -> "设备重新上线";
			default -> metric(change) + (rule.kind() == RuleKind.RATE ? "每分钟变化 " : " ") + number(change.value())
					+ unit(change) + (rule.clearThreshold() == null ? "，已恢复正常"
							: "，已越过解除阈值 " + number(rule.clearThreshold()) + unit(change));
		};
		return reason + "，" + time(change.measuredAt());
	}

	String time(Instant instant) {
		return times.format(instant);
	}

	static String number(double value) {
		if (!Double.isFinite(value)) {
			return "—";
		}
		return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	private static String metric(LevelChange change) {
		MetricSpec metric = spec(change);
		return metric == null ? String.valueOf(change.rule().metric()) : metric.label();
	}

	private static String unit(LevelChange change) {
		MetricSpec metric = spec(change);
		return metric == null || metric.unit().isBlank() ? "" : " " + metric.unit();
	}

	private static MetricSpec spec(LevelChange change) {
		String name = change.rule().metric();
		return name == null || change.device().type() == null ? null : change.device().type().metric(name);
	}
}
