package org.tongguan.identity;

import java.util.Set;

import org.tongguan.region.RegionCode;

/**
 * 外部系统 — an external system as its working API key presents it.
 *
 * @param name the system's name (the key's name), e.g. {@code air-quality-platform}
 * @param purposes what its key is for
 * @param department the department it acts for, {@code null} when none
 * @param scope the region subtree it may see and act in
 */
public record ExternalSystem(String name, Set<ApiKeyPurpose> purposes, DepartmentCode department, RegionCode scope) {

	/** Whether the system's key was given this purpose. */
	public boolean serves(ApiKeyPurpose purpose) {
		return purposes.contains(purpose);
	}
}
