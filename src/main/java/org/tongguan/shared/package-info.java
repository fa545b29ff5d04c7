/**
 * Shared kernel: typed ids and value types every module may use, the platform {@link java.time.Clock}, GeoJSON
 * reading and writing, and the RFC 9457 problem-detail error handling of the REST API.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tongguan.shared;
