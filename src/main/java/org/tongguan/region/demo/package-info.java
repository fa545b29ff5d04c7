/**
 * The generated Shenzhen demo city, loaded on first start of the demo platform: the real district boundaries, the
 * streets by their real names, numbered communities and hexagonal unit grids partitioned into contiguous groups so
 * that every level nests in the one above.
 */
package org.tongguan.region.demo;
