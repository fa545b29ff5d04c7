package org.tongguan.indicator.registry;

import java.util.List;

import org.springframework.stereotype.Service;

/** Exports the whole registry, retired indicators included, in the forms an import reads. */
@Service
public class RegistryExport {

	private final RegistryStore store;

	RegistryExport(RegistryStore store) {
		this.store = store;
	}

	/** The current plan of every indicator, in the order of their codes. */
	public RegistryDocument document() {
		return new RegistryDocument(drafts());
	}

	/** The same as CSV text with a header row. */
	public String csv() {
		return RegistryCsv.write(drafts());
	}

	private List<PlanDraft> drafts() {
		return store.all().stream().map(version -> PlanDraft.of(version.plan())).toList();
	}
}
