package org.tongguan.indicator.registry;

import java.util.List;

/**
 * The registry as one JSON document, as an export writes it and an import reads it.
 *
 * @param indicators the indicators' plans
 */
public record RegistryDocument(List<PlanDraft> indicators) {
}
