package org.tongguan.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The policy stays strict; a configured base map's origin is allowed for images and connections only. */
class ContentSecurityPolicyTests {

	@Test
	void withoutOtherOriginsEverythingComesFromThePlatformAndMapWorkersFromBlobs() {
		String policy = written(new ContentSecurityPolicy(request -> false, List.of()));
		assertThat(policy).isEqualTo(ContentSecurityPolicy.STRICT)
			.contains("script-src 'self';", "style-src 'self';", "worker-src 'self' blob:")
			.doesNotContain("unsafe-inline", "unsafe-eval");
	}

	@Test
	void aBaseMapOriginMayServeImagesAndConnectionsButNoScripts() {
		String policy = written(new ContentSecurityPolicy(request -> false, List.of("https://t0.tianditu.gov.cn")));
		assertThat(policy).contains("img-src 'self' data: blob: https://t0.tianditu.gov.cn;",
				"connect-src 'self' https://t0.tianditu.gov.cn;", "script-src 'self';", "default-src 'self';");
	}

	private static String written(ContentSecurityPolicy policy) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		policy.writeHeaders(new MockHttpServletRequest(), response);
		return response.getHeader(ContentSecurityPolicy.HEADER);
	}
}
