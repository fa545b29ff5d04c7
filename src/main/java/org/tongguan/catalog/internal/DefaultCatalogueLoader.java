package org.tongguan.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongguan.catalog.CategoryKind;
import org.tongguan.catalog.MajorCategory;
import org.tongguan.catalog.MatterKind;
import org.tongguan.catalog.MatterType;
import org.tongguan.catalog.internal.DefaultCatalogue.MajorEntry;
import org.tongguan.catalog.internal.DefaultCatalogue.MatterEntry;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.PlatformProperties;
import org.tongguan.shared.TimeLimit;
import org.tongguan.shared.Violations;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the default catalogue into an empty database on start, for every city (the standard 事项清单 is not demo
 * data); with the demo city on, adds the demo's district overrides. A file that breaks the catalogue's rules stops
 * the start with every violation named.
 */
@Component
@Order(30)
class DefaultCatalogueLoader implements ApplicationRunner {

	static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(DefaultCatalogueLoader.class);

	private final VersionStore versions;

	private final ReferenceStore references;

	private final CatalogEditor editor;

	private final CatalogProperties properties;

	private final PlatformProperties platform;

	private final ObjectMapper json;

	DefaultCatalogueLoader(VersionStore versions, ReferenceStore references, CatalogEditor editor,
			CatalogProperties properties, PlatformProperties platform, ObjectMapper json) {
		this.versions = versions;
		this.references = references;
		this.editor = editor;
		this.properties = properties;
		this.platform = platform;
		this.json = json;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (!versions.isEmpty()) {
			return;
		}
		long start = System.nanoTime();
		DefaultCatalogue catalogue = read(properties.defaultCatalogue(), new TypeReference<>() {
		});
		Map<String, Map<String, ResponsibilityDraft>> overrides = new HashMap<>();
		if (platform.demo()) {
			overrides.putAll(read(properties.demoOverrides(), new TypeReference<>() {
			}));
		}
		catalogue.majors().forEach(major -> references.insert(major(major)));
		matterTypes(catalogue.matterTypes()).forEach(references::insert);
		int count = 0;
		for (MajorEntry major : catalogue.majors()) {
			for (CategoryDraft entry : major.categories()) {
				create(complete(entry, major, catalogue.stageDefaults(), overrides.remove(entry.code())));
				count++;
			}
		}
		if (!overrides.isEmpty()) {
			throw new IllegalStateException("Demo overrides name sub-categories the catalogue does not have: "
					+ overrides.keySet());
		}
		log.info("Loaded the default catalogue: {} sub-categories in {} majors in {} ms", count,
				catalogue.majors().size(), (System.nanoTime() - start) / 1_000_000);
	}

	private void create(CategoryDraft draft) {
		try {
			editor.create(draft, SYSTEM);
		}
		catch (InvalidInputException e) {
			throw new IllegalStateException("Default catalogue entry " + draft.code() + " is invalid: "
					+ e.violations(), e);
		}
	}

	private <T> T read(Resource resource, TypeReference<T> type) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return json.readValue(in, type);
		}
	}

	private static CategoryDraft complete(CategoryDraft entry, MajorEntry major, Map<String, LimitDraft> stageDefaults,
			Map<String, ResponsibilityDraft> demoOverrides) {
		Map<String, LimitDraft> stages = new LinkedHashMap<>(stageDefaults);
		if (entry.stageLimits() != null) {
			stages.putAll(entry.stageLimits());
		}
		Map<String, ResponsibilityDraft> overrides = new LinkedHashMap<>();
		if (entry.districtOverrides() != null) {
			overrides.putAll(entry.districtOverrides());
		}
		if (demoOverrides != null) {
			overrides.putAll(demoOverrides);
		}
		String note = entry.changeNote() != null ? entry.changeNote() : "默认事项清单 (default catalogue)";
		return new CategoryDraft(entry.code(), major.kind(), major.code(), entry.name(), entry.responsibility(),
				overrides, entry.defaultUrgency(), entry.urgencyLimits(), stages, entry.closingConditions(),
				entry.legalBasis(), entry.policeMatter(), entry.roundTheClock(), note, null);
	}

	private static MajorCategory major(MajorEntry entry) {
		Violations findings = new Violations();
		CategoryKind kind = findings.choice(CategoryKind.class, entry.kind(), "kind", true);
		if (entry.code() == null || !entry.code().matches("\\d{2}")) {
			findings.add("code", "'" + entry.code() + "' is not a 2-digit major code");
		}
		String name = findings.text(entry.name(), "name", CategoryValidator.NAME_LENGTH, true);
		findings.throwIfAny("Default catalogue major " + entry.code() + " is invalid");
		return new MajorCategory(kind, entry.code(), name);
	}

	private static List<MatterType> matterTypes(List<MatterEntry> entries) {
		Violations findings = new Violations();
		List<MatterType> types = entries.stream().map(entry -> {
			String field = "matterTypes." + entry.kind();
			MatterKind kind = findings.choice(MatterKind.class, entry.kind(), field, true);
			TimeLimit limit = LimitRules.limit(entry.limit(), field + ".limit", findings);
			return kind == null || limit == null ? null : new MatterType(kind, limit, entry.practice());
		}).toList();
		Set<MatterKind> missing = EnumSet.allOf(MatterKind.class);
		types.stream().filter(Objects::nonNull).forEach(type -> missing.remove(type.kind()));
		if (!missing.isEmpty()) {
			findings.add("matterTypes", "missing " + missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
		}
		findings.throwIfAny("Default catalogue matter types are invalid");
		return types;
	}
}
