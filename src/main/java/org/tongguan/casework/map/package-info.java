/**
 * The case map: the cases as vector tiles ({@link org.tongguan.casework.map.CaseTiles}), clustered below z 15 from an
 * in-memory snapshot of the recent cases that each node keeps and refreshes, single cases from the table above. It
 * builds its SQL from {@code casework.query}'s clauses.
 */
package org.tongguan.casework.map;
