package org.tongguan.sensing.simulator;

/**
 * What the demo simulator is doing.
 *
 * @param enabled whether it runs (with the demo city, unless switched off)
 * @param broker the MQTT broker its devices publish to ({@code host:port}), {@code null} when it does not run
 * @param timeScale how much faster than real time its cadences and scenarios run
 * @param devices how many devices it simulates
 * @param connected how many of them are connected now
 * @param refused how many the broker refused (their secret is no longer the demo secret); they are not retried
 * @param messages the messages its devices sent since it started
 * @param rainstorm the rainstorm under way, {@code null} in normal weather
 */
public record SimulatorState(boolean enabled, String broker, double timeScale, int devices, int connected,
		int refused, Messages messages, RainstormView rainstorm) {

	/** The state of a simulator that does not run. */
	static SimulatorState off() {
		return new SimulatorState(false, null, 1, 0, 0, 0, new Messages(0, 0, 0), null);
	}

	/**
	 * Messages published at QoS 1.
	 *
	 * @param sent published
	 * @param acknowledged acknowledged by the broker (stored by the platform)
	 * @param failed lost with their connection before an acknowledgement
	 */
	public record Messages(long sent, long acknowledged, long failed) {
	}
}
