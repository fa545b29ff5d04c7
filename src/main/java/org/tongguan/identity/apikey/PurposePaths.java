package org.tongguan.identity.apikey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.tongguan.identity.ApiKeyPaths;
import org.tongguan.identity.ApiKeyPurpose;

/**
 * The paths API keys of each purpose may call, as the modules declared them with {@link ApiKeyPaths} beans; a
 * purpose no module declared paths for (such as MQTT-only telemetry) may call none.
 */
@Component
class PurposePaths {

	private static final Logger log = LoggerFactory.getLogger(PurposePaths.class);

	private final Map<ApiKeyPurpose, List<PathPattern>> paths = new EnumMap<>(ApiKeyPurpose.class);

	PurposePaths(ObjectProvider<ApiKeyPaths> declared) {
		for (ApiKeyPaths declaration : declared.orderedStream().toList()) {
			log.info("API keys for {} may call {}", declaration.purpose(), declaration.patterns());
			declaration.patterns()
				.forEach(pattern -> paths.computeIfAbsent(declaration.purpose(), purpose -> new ArrayList<>())
					.add(PathPatternParser.defaultInstance.parse(pattern)));
		}
	}

	/** Whether a key with these purposes may call the path (within the application, as requested). */
	boolean permit(Set<ApiKeyPurpose> purposes, String path) {
		PathContainer requested = PathContainer.parsePath(path);
		return purposes.stream()
			.flatMap(purpose -> paths.getOrDefault(purpose, List.of()).stream())
			.anyMatch(pattern -> pattern.matches(requested));
	}
}
