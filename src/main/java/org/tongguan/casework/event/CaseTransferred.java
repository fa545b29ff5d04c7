package org.tongguan.casework.event;

import org.tongguan.casework.CaseId;
/**
 * Published when a police matter was transferred out to 110 (转110), with a transfer record.
 *
 * @param id the case
 * @param reference the transfer's reference for the 110 system
 */
public record CaseTransferred(CaseId id, String reference) {
}
