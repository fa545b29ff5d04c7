package org.tongguan.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The {@code --name=value} options of the load tools, over their defaults; unknown names are refused. */
public final class BenchOptions {

	private BenchOptions() {
	}

	public static Map<String, String> parse(String[] args, Map<String, String> defaults) {
		Map<String, String> options = new HashMap<>(defaults);
		for (String arg : args) {
			int equals = arg.indexOf('=');
			String key = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : null;
			if (key == null || !defaults.containsKey(key)) {
				throw new IllegalArgumentException("Unknown option " + arg + "; options are --<name>=<value> with "
						+ Set.copyOf(defaults.keySet()) + ", defaults " + defaults);
			}
			options.put(key, arg.substring(equals + 1));
		}
		return options;
	}
}
