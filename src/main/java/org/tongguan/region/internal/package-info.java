/**
 * The regions as stored and held in memory: the region store, the snapshot with its spatial index (point → grid →
 * community → street → district), boundary export and vector tiles, and the start-up that loads them.
 */
package org.tongguan.region.internal;
