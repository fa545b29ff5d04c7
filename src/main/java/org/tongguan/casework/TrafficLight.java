package org.tongguan.casework;

/** 红黄绿灯 — how much of a time limit is used: green below 80 %, yellow 80–100 %, red past 100 %. */
public enum TrafficLight {
	GREEN, YELLOW, RED;

	/** The light for the share of a limit used so far (0.5 = half the limit). */
	public static TrafficLight of(double usedShare) {
		if (usedShare > 1.0) {
			return RED;
		}
		return usedShare >= 0.8 ? YELLOW : GREEN;
	}
}
