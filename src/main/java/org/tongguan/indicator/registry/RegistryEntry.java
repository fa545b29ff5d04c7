package org.tongguan.indicator.registry;

import org.tongguan.shared.Violations;

/**
 * One indicator of an import: where it is in the file, its draft, and the problems found reading it so far.
 *
 * @param line the line of the file it starts on
 * @param item how a message names it besides its line: {@code indicators[3].} in JSON, nothing in CSV
 * @param draft the draft, {@code null} when the item could not be read at all
 * @param problems its problems, field by field
 */
record RegistryEntry(int line, String item, PlanDraft draft, Violations problems) {
}
