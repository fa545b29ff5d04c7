package org.tongguan.shared.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;
import org.springframework.util.ClassUtils;

/**
 * Makes the libraries that create their own tables (Flowable's process engine, Spring Modulith's event publication
 * registry) wait for Flyway, so the platform's migrations always run first on a fresh database.
 *
 * <p>Spring Boot orders every bean this detector names after all database initializers (Flyway among them). The
 * types are named, not imported, so that only {@code casework.workflow} depends on Flowable.
 */
public class SchemaCreatorsAfterFlyway implements DependsOnDatabaseInitializationDetector {

	private static final List<String> SCHEMA_CREATORS = List.of(
			"org.flowable.engine.ProcessEngine",
			"org.flowable.common.engine.impl.AbstractEngineConfiguration",
			"org.flowable.common.spring.SpringEngineConfiguration",
			"org.springframework.modulith.events.jdbc.DatabaseSchemaInitializer");

	@Override
	public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
		ClassLoader classLoader = beanFactory.getBeanClassLoader();
		return SCHEMA_CREATORS.stream()
			.filter(name -> ClassUtils.isPresent(name, classLoader))
			.map(name -> ClassUtils.resolveClassName(name, classLoader))
			.flatMap(type -> Arrays.stream(beanFactory.getBeanNamesForType(type, true, false)))
			.collect(Collectors.toSet());
	}
}
