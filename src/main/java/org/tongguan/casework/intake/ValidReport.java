package org.tongguan.casework.intake;

import org.tongguan.casework.CaseReport;
import org.tongguan.casework.Reporter;
import org.tongguan.casework.store.CasePlace;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.Urgency;

/**
 * A report that passed validation, with what validation found out.
 *
 * @param report the report as given
 * @param version the category's version in force
 * @param urgency the urgency, the category's default when none was given
 * @param place where it is, located to the regions
 * @param description the stripped description
 * @param reporter the reporter, {@code null} when neither name nor phone was given
 */
record ValidReport(CaseReport report, CategoryVersion version, Urgency urgency, CasePlace place, String description,
		Reporter reporter) {
}
