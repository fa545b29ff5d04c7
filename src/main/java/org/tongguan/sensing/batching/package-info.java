/**
 * The batching writer thread the sensing modules share (the alarm writer and the telemetry store): part of the parent
 * module {@code sensing}, offered to its nested modules as the named interface {@code batching}.
 */
@org.springframework.modulith.NamedInterface("batching")
package org.tongguan.sensing.batching;
