/**
 * Regions: the administrative hierarchy (province 省 →) city → district (区) → street (街道) → community (社区) →
 * unit grid (单元网格) below the platform-wide root {@code 000000}, with boundaries, the in-memory spatial index
 * (point → grid → community → street → district), GeoJSON boundary import (codes assigned where a region has none)
 * and export, and the generated Shenzhen demo city. {@code internal} holds the stored regions and the spatial index,
 * {@code importing} the boundary import, {@code demo} the demo city's generation, {@code web} the controllers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.tongguan.region;
