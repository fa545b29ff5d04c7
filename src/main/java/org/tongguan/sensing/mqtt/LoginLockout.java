package org.tongguan.sensing.mqtt;

import java.time.Clock;

import org.tongguan.sensing.DeviceCode;
import org.tongguan.shared.web.RateLimiter;

/**
 * Wrong MQTT passwords, counted per client address and per device code with the platform's shared token buckets
 * ({@link RateLimiter}, as the REST login throttle): after the configured number of failures an address or device is
 * locked out, and its CONNECTs are refused without their password being checked, until the lockout has passed.
 */
final class LoginLockout {

	private final RateLimiter byAddress;

	private final RateLimiter byDevice;

	LoginLockout(MqttProperties.LoginFailures settings, Clock clock) {
		this.byAddress = new RateLimiter(settings.max(), settings.lockout().multipliedBy(settings.max()), clock);
		this.byDevice = new RateLimiter(settings.max(), settings.lockout().multipliedBy(settings.max()), clock);
	}

	/** Whether a CONNECT from this address under this user name is refused without checking its password. */
	boolean lockedOut(String address, String username) {
		return byAddress.waitOf(address) > 0 || isDevice(username) && byDevice.waitOf(username) > 0;
	}

	/** Counts a wrong password (or unknown user) from the address under the user name. */
	void failed(String address, String username) {
		byAddress.acquire(address);
		if (isDevice(username)) {
			byDevice.acquire(username);
		}
	}

	/** Device codes are locked out; the shared {@code api-key} user name is not, so nobody can lock all systems out. */
	private static boolean isDevice(String username) {
		return username != null && !Logins.API_KEY_USER.equals(username) && DeviceCode.isValid(username);
	}
}
