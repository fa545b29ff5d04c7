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

	public static void main(String[] args) {
		SpringApplication.run(TongguanApplication.class, args);
	}
}
