package org.tongguan.region;

/**
 * The region subtree the current caller may create, change or remove regions in (their data scope, 数据权限); the
 * identity module implements it, so regions need not know who is calling.
 */
public interface RegionEditingScope {

	/**
	 * The root of the subtree the current caller may edit: {@link RegionCode#PLATFORM} for platform-wide
	 * administrators, a province or city code for those scoped to one.
	 */
	RegionCode editableRoot();
}
