package org.tongguan.indicator.warning;

/** Where a warning stands: raised, seen by someone answerable, or over. */
public enum WarningState {
	/** 预警中 — raised and not yet acknowledged. */
	ACTIVE,
	/** 已确认 — someone answerable has acknowledged it; it still holds. */
	ACKNOWLEDGED,
	/** 已解除 — the value recovered (or, for lateness, arrived). */
	CLEARED
}
