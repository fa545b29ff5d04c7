/**
 * The administrators' REST API of the demo simulator ({@code /api/admin/sensing/simulator}): its state, and the
 * rainstorm scenario started and stopped on demand.
 */
package org.tongguan.sensing.simulator.web;
