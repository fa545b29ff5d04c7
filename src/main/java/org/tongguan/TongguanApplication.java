package org.tongguan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Tongguan (统管): the city operations platform, started as one Spring Boot application. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TongguanApplication {

	/**
	 * The largest temporary direct buffer the JDK keeps per thread after a file write. Unbounded by default, so every
	 * request thread that writes an H2 chunk (each commit does, with WRITE_DELAY=0) keeps a buffer of that chunk's
	 * size: under sustained intake they filled the direct memory limit (the heap size) and H2 closed the database
	 * (docs/benchmarks.md). Set here unless the JVM flags set it; it takes effect if no file channel was used yet.
	 */
	static final String MAX_CACHED_BUFFER = "jdk.nio.maxCachedBufferSize";

	public static void main(String[] args) {
		if (System.getProperty(MAX_CACHED_BUFFER) == null) {
			System.setProperty(MAX_CACHED_BUFFER, "262144");
		}
		SpringApplication.run(TongguanApplication.class, args);
	}
}
