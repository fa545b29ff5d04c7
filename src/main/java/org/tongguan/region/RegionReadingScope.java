package org.tongguan.region;

/**
 * The region subtree the current caller may see (their data scope, 数据权限), for reads that must leave out what lies
 * beyond it, such as the boundary map tiles; the identity module implements it, so regions need not know who is
 * calling.
 */
public interface RegionReadingScope {

	/**
	 * The root of the subtree the current caller may see: {@link RegionCode#PLATFORM} for the whole platform, a
	 * city, district or street code for those scoped to one.
	 */
	RegionCode readableRoot();
}
