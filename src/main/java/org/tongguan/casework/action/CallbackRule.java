package org.tongguan.casework.action;

import java.util.EnumSet;
import java.util.Set;

import org.tongguan.casework.Channel;
import org.tongguan.casework.store.CaseRecord;

/**
 * Who is called back (回访) when a case closes: every case a member of the public reported — through the hotline,
 * the citizens' intake, Open311 or from 110 — and every case with a reporter's name or phone, whether or not a phone
 * number was left. Cases an inspector, a sensor or another system found without a reporter are not.
 */
final class CallbackRule {

	private static final Set<Channel> PUBLIC = EnumSet.of(Channel.HOTLINE, Channel.CITIZEN, Channel.OPEN311,
			Channel.POLICE_110);

	private CallbackRule() {
	}

	/** Whether the case's reporter is to be called back. */
	static boolean needed(CaseRecord record) {
		return record.reporter() != null || PUBLIC.contains(record.channel());
	}
}
