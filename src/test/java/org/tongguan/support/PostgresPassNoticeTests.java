package org.tongguan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The build says when the PostgreSQL pass did not run: the tests cannot tell themselves, because the default test run
 * blanks {@code TONGGUAN_TEST_POSTGRES_URL} on purpose, so Maven echoes it from a profile active without the variable.
 */
class PostgresPassNoticeTests {

	@Test
	void theBuildAnnouncesTheSkippedPostgresPassWhenTheServerIsNotNamed() throws Exception {
		Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"));
		String echo = XPathFactory.newInstance()
			.newXPath()
			.evaluate("/project/profiles/profile[activation/property/name='!env." + TestDatabase.POSTGRES_URL
					+ "']//plugin[artifactId='maven-antrun-plugin']//echo/@message", pom);
		assertThat(echo).startsWith("PostgreSQL pass skipped: " + TestDatabase.POSTGRES_URL + " not set");
	}
}
