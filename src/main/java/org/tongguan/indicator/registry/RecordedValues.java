package org.tongguan.indicator.registry;

import org.tongguan.indicator.IndicatorCode;

/** Whether an indicator has values yet: the registry asks before it lets an indicator's frequency change. */
public interface RecordedValues {

	/** Whether any value of the indicator is stored. */
	boolean any(IndicatorCode code);
}
