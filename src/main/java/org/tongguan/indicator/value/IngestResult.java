package org.tongguan.indicator.value;

/**
 * What storing a batch of values did.
 *
 * @param received the values in the batch
 * @param created values for a region and period that had none
 * @param revised corrections of a stored value (the earlier one is kept as a revision)
 * @param unchanged values equal to the stored ones: nothing was written for them
 */
public record IngestResult(int received, int created, int revised, int unchanged) {
}
