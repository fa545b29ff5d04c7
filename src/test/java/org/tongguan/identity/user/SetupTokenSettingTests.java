package org.tongguan.identity.user;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import org.tongguan.identity.internal.IdentityProperties;

/** A setup token from the settings must be long enough to resist guessing; the start stops otherwise. */
class SetupTokenSettingTests {

	@Test
	void aSetupTokenShorterThan24CharactersStopsTheStartNamingTheSetting() {
		assertThatIllegalStateException().isThrownBy(() -> firstAdministrator("only-23-characters-long"))
			.withMessageContaining("tongguan.identity.setup-token (TONGGUAN_IDENTITY_SETUPTOKEN) has 23 characters")
			.withMessageContaining("at least 24");
	}

	@Test
	void aLongEnoughOrMissingSetupTokenIsAccepted() {
		assertThatNoException().isThrownBy(() -> firstAdministrator("exactly-24-characters-ok"));
		assertThatNoException().isThrownBy(() -> firstAdministrator(null));
	}

	private static FirstAdministrator firstAdministrator(String token) {
		IdentityProperties properties = new IdentityProperties(Duration.ofHours(8), 5, Duration.ofMinutes(15), 20, 10,
				"tongguan-demo", token);
		return new FirstAdministrator(null, null, null, properties, new MockEnvironment());
	}
}
