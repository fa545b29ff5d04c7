package org.tongguan.sensing.simulator;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tongguan.sensing.simulator.RainstormView.Phase;

/**
 * 暴雨 — a rainstorm over some districts, in simulated time: the rain gauges there rise to heavy rain within three
 * minutes, and the water-level gauges rise a few minutes later: a fixed share of them (the flooded gauges, chosen by
 * their codes) past the 黄, 橙 or 红 threshold of the default water-level rule, the others by a few centimetres. When the
 * rain stops (at the planned end, or earlier when stopped) the rain fades in two minutes and the water recedes to
 * nothing in six.
 */
final class Rainstorm {

	static final long RAMP_UP = Duration.ofMinutes(3).toMillis();

	static final long RAMP_DOWN = Duration.ofMinutes(2).toMillis();

	static final long RISE = Duration.ofMinutes(4).toMillis();

	static final long RECESSION = Duration.ofMinutes(6).toMillis();

	private static final long FIRST_RISE = Duration.ofMinutes(2).toMillis();

	private static final long LAST_RISE = Duration.ofMinutes(5).toMillis();

	private static final int RAIN_TRAIT = 10, PUDDLE_TRAIT = 11, DELAY_TRAIT = 12, FLOOD_TRAIT = 13, CHOICE_TRAIT = 14;

	private final List<String> districts;

	private final long start;

	private final Duration length;

	private final Map<String, Double> flooded;

	private volatile long end;

	private Rainstorm(List<String> districts, long start, Duration length, Map<String, Double> flooded) {
		this.districts = districts;
		this.start = start;
		this.length = length;
		this.end = start + length.toMillis();
		this.flooded = flooded;
	}

	/**
	 * Plans a storm starting now over the districts: the flooded gauges are the share of the districts' water-level
	 * gauges that come first in an order fixed by their codes (at least one when there is any gauge).
	 */
	static Rainstorm plan(List<String> districts, Duration length, List<SimulatedDevice> fleet, double share,
			long now) {
		List<String> where = List.copyOf(new LinkedHashSet<>(districts));
		List<SimulatedDevice> gauges = fleet.stream()
			.filter(device -> device.model() instanceof WaterLevelModel && covers(where, device))
			.sorted(Comparator.comparingDouble((SimulatedDevice device) -> device.trait(CHOICE_TRAIT))
				.thenComparing(device -> device.code().value()))
			.toList();
		int count = (int) Math.ceil(share * gauges.size());
		Map<String, Double> flooded = new LinkedHashMap<>();
		gauges.subList(0, count)
			.stream()
			.sorted(Comparator.comparing(device -> device.code().value()))
			.forEach(gauge -> flooded.put(gauge.code().value(), peak(gauge)));
		return new Rainstorm(where, now, length, flooded);
	}

	/** A flooded gauge's highest level: half of them at 黄 (0.27 m), three in ten at 橙 (0.40), two in ten at 红. */
	private static double peak(SimulatedDevice gauge) {
		double band = gauge.trait(FLOOD_TRAIT);
		double within = gauge.trait(FLOOD_TRAIT + 1);
		if (band < 0.5) {
			return 0.29 + 0.06 * within;
		}
		return band < 0.8 ? 0.42 + 0.05 * within : 0.53 + 0.15 * within;
	}

	/** Stops the rain now, unless it has already stopped. */
	void stop(long now) {
		if (now < end) {
			end = Math.max(start, now);
		}
	}

	Phase phase(long now) {
		if (now < end) {
			return Phase.RAINING;
		}
		return now < end + RECESSION ? Phase.RECEDING : Phase.OVER;
	}

	/** The rainfall (mm/h) at the device now: 30 to 75 at the storm's height, 0 outside its districts. */
	double rainfall(SimulatedDevice device, long now) {
		if (!covers(districts, device)) {
			return 0;
		}
		double rise = Diurnal.smoothstep((double) (Math.min(now, end) - start) / RAMP_UP);
		double fade = now < end ? 1 : 1 - Diurnal.smoothstep((double) (now - end) / RAMP_DOWN);
		return device.between(RAIN_TRAIT, 30, 75) * rise * fade;
	}

	/**
	 * The standing water (m) the storm adds at the gauge now: rising from two to five minutes into the storm for four
	 * minutes towards its peak, receding once the rain has stopped.
	 */
	double waterLevel(SimulatedDevice gauge, long now) {
		if (!covers(districts, gauge)) {
			return 0;
		}
		Double peak = flooded.get(gauge.code().value());
		double height = peak != null ? peak : gauge.between(PUDDLE_TRAIT, 0.02, 0.08);
		long delay = (long) gauge.between(DELAY_TRAIT, FIRST_RISE, LAST_RISE);
		double rise = Diurnal.smoothstep((double) (Math.min(now, end) - start - delay) / RISE);
		double recede = now < end ? 1 : 1 - Diurnal.smoothstep((double) (now - end) / RECESSION);
		return height * rise * recede;
	}

	private static boolean covers(List<String> districts, SimulatedDevice device) {
		return device.district() != null && districts.contains(device.district());
	}

	/** The districts it rains on, as given. */
	List<String> districts() {
		return districts;
	}

	/** The codes of the flooded gauges, in code order. */
	List<String> floodedGauges() {
		return List.copyOf(flooded.keySet());
	}

	long start() {
		return start;
	}

	Duration length() {
		return length;
	}

	/** When the rain stops (or stopped). */
	long end() {
		return end;
	}
}
