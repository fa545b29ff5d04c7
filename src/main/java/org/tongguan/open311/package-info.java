/**
 * Open311 GeoReport v2 server (open311.org): discovery, service list and definitions from the catalogue's
 * sub-categories, service requests posted and read back in XML and JSON, with the specification's error format;
 * a thin adapter over {@code casework}'s intake and queries.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "casework", "catalog", "identity", "region" })
package org.tongguan.open311;
