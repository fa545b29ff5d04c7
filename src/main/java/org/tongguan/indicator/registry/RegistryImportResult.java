package org.tongguan.indicator.registry;

/**
 * What a registry import did.
 *
 * @param created new indicators (version 1)
 * @param revised indicators whose plan changed (a new version each)
 * @param unchanged indicators stated as they were (no version)
 */
public record RegistryImportResult(int created, int revised, int unchanged) {
}
