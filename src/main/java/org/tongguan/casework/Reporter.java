package org.tongguan.casework;

import org.tongguan.identity.PersonalData;

/**
 * The person who reported a matter; personal data, masked in lists and logs and shown in full only to roles that call
 * the reporter back.
 *
 * @param name the reporter's name, may be {@code null} for anonymous reports
 * @param phone the reporter's phone, may be {@code null}
 */
public record Reporter(String name, String phone) {

	/** The reporter with name and phone masked (张*, 138****5678). */
	public Reporter masked() {
		return new Reporter(PersonalData.maskName(name), PersonalData.maskPhone(phone));
	}

	@Override
	public String toString() {
		return "Reporter[" + PersonalData.maskName(name) + ", " + PersonalData.maskPhone(phone) + "]";
	}
}
