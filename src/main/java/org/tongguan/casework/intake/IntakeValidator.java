package org.tongguan.casework.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseReport;
import org.tongguan.casework.Channel;
import org.tongguan.casework.Reporter;
import org.tongguan.casework.internal.CaseworkProperties;
import org.tongguan.casework.store.CasePlace;
import org.tongguan.catalog.Catalog;
import org.tongguan.catalog.CategoryVersion;
import org.tongguan.catalog.Urgency;
import org.tongguan.region.Location;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/**
 * Validates a report from any channel and locates it, reporting every problem at once: the category must exist and
 * be in use, the urgency must be one it offers, the description present and not too long; the matter must have a
 * point inside the city (its grid, community, street and district follow from it) or an address naming the district
 * (see {@link AddressLocator}). Grid inspectors and sensors always give a point, inspectors a photo too; 110
 * transfers carry the incident number and are never police matters; only inspectors self-handle.
 */
@Component
class IntakeValidator {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{2,24}");

	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

	private final Catalog catalog;

	private final Regions regions;

	private final AddressLocator addresses;

	private final CaseAttachments attachments;

	private final CaseworkProperties properties;

	IntakeValidator(Catalog catalog, Regions regions, AddressLocator addresses, CaseAttachments attachments,
			CaseworkProperties properties) {
		this.catalog = catalog;
		this.regions = regions;
		this.addresses = addresses;
		this.attachments = attachments;
		this.properties = properties;
	}

	/** The validated report; fails with every violation when it is invalid. */
	ValidReport validate(CaseReport report) {
		List<Violation> violations = new ArrayList<>();
		Channel channel = report.channel();
		if (channel == null || channel == Channel.HISTORY_IMPORT) {
			violations.add(new Violation("channel", "a report comes from HOTLINE, CITIZEN, INSPECTOR, "
					+ "EXTERNAL_SYSTEM, POLICE_110, OPEN311, SENSOR or INDICATOR"));
		}
		CategoryVersion version = category(report, violations);
		Urgency urgency = version == null ? null : urgency(report, version, violations);
		String description = description(report.description(), violations);
		CasePlace place = place(report, violations);
		Reporter reporter = reporter(report.reporter(), violations);
		channelRules(report, version, violations);
		violations.addAll(attachments.check(report.attachmentIds(), "attachmentIds"));
		if (report.idempotencyKey() != null && !KEY.matcher(report.idempotencyKey()).matches()) {
			violations.add(new Violation("idempotencyKey", "an idempotency key has 1–200 visible ASCII characters"));
		}
		if (report.externalId() != null && report.externalId().length() > 100) {
			violations.add(new Violation("externalId", "an external id has at most 100 characters"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException("The report is invalid; nothing was stored", violations);
		}
		return new ValidReport(report, version, urgency, place, description, reporter);
	}

	private CategoryVersion category(CaseReport report, List<Violation> violations) {
		if (report.category() == null) {
			violations.add(new Violation("category", "category is required, e.g. E0101 (暴露垃圾)"));
			return null;
		}
		Optional<CategoryVersion> current = catalog.current(report.category());
		if (current.isEmpty()) {
			violations.add(new Violation("category", "no category " + report.category() + " in the catalogue"));
			return null;
		}
		if (!current.get().definition().active()) {
			violations.add(new Violation("category", report.category() + " " + current.get().definition().name()
					+ " is no longer in use"));
			return null;
		}
		return current.get();
	}

	private static Urgency urgency(CaseReport report, CategoryVersion version, List<Violation> violations) {
		Urgency urgency = report.urgency() == null ? version.definition().limits().defaultUrgency() : report.urgency();
		if (version.definition().limits().overall(urgency).isEmpty()) {
			violations.add(new Violation("urgency", version.code() + " " + version.definition().name()
					+ " offers the urgency levels " + version.definition().limits().urgencyLimits().keySet()));
		}
		return urgency;
	}

	private String description(String text, List<Violation> violations) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.isEmpty()) {
			violations.add(new Violation("description", "description is required: what is wrong, and where"));
		}
		else if (stripped.length() > properties.descriptionMaxLength()) {
			violations.add(new Violation("description", "description has at most "
					+ properties.descriptionMaxLength() + " characters, not " + stripped.length()));
		}
		return stripped;
	}

	private CasePlace place(CaseReport report, List<Violation> violations) {
		String address = report.address() == null || report.address().isBlank() ? null : report.address().strip();
		if (address != null && address.length() > 500) {
			violations.add(new Violation("address", "an address has at most 500 characters"));
			return null;
		}
		Double longitude = report.longitude();
		Double latitude = report.latitude();
		if (longitude != null || latitude != null) {
			return point(longitude, latitude, address, violations);
		}
		if (address == null) {
			violations.add(new Violation("location",
					"give longitude and latitude, or an address naming the district (and street)"));
			return null;
		}
		Optional<CasePlace> located = addresses.locate(address);
		if (located.isEmpty()) {
			violations.add(new Violation("address", "the address names no district or street of the city; "
					+ "write it with the district (e.g. 福田区梅林街道…) or give longitude and latitude"));
		}
		return located.orElse(null);
	}

	private CasePlace point(Double longitude, Double latitude, String address, List<Violation> violations) {
		if (longitude == null || latitude == null || !Double.isFinite(longitude) || !Double.isFinite(latitude)
				|| Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
			violations.add(new Violation("location", "longitude (−180…180) and latitude (−90…90) go together"));
			return null;
		}
		Optional<Location> location = regions.locate(longitude, latitude);
		if (location.isEmpty()) {
			violations.add(new Violation("location", "(" + longitude + ", " + latitude + ") lies outside the city"));
			return null;
		}
		Location found = location.get();
		return new CasePlace(longitude, latitude, address, code(found.grid()), code(found.community()),
				code(found.street()), found.district().code());
	}

	private static Reporter reporter(Reporter reporter, List<Violation> violations) {
		if (reporter == null) {
			return null;
		}
		String name = reporter.name() == null || reporter.name().isBlank() ? null : reporter.name().strip();
		String phone = reporter.phone() == null || reporter.phone().isBlank() ? null : reporter.phone().strip();
		if (name != null && name.length() > 100) {
			violations.add(new Violation("reporter.name", "a name has at most 100 characters"));
		}
		if (phone != null && !PHONE.matcher(phone).matches()) {
			violations.add(new Violation("reporter.phone", "a phone number has 3–25 digits, spaces, '-', '(' or ')'"));
		}
		return name == null && phone == null ? null : new Reporter(name, phone);
	}

	private static void channelRules(CaseReport report, CategoryVersion version, List<Violation> violations) {
		Channel channel = report.channel();
		boolean point = report.longitude() != null && report.latitude() != null;
		if ((channel == Channel.INSPECTOR || channel == Channel.SENSOR) && !point) {
			violations.add(new Violation("location", channel.label() + " reports give longitude and latitude"));
		}
		if (channel == Channel.INSPECTOR && report.attachmentIds().isEmpty()) {
			violations.add(new Violation("attachmentIds", "a grid inspector's report has a photo"));
		}
		if (report.selfHandled() && channel != Channel.INSPECTOR) {
			violations.add(new Violation("selfHandled", "only grid inspectors handle matters on the spot (自处理)"));
		}
		if ((channel == Channel.POLICE_110 || channel == Channel.SENSOR || channel == Channel.INDICATOR)
				&& (report.externalId() == null || report.externalId().isBlank())) {
			violations.add(new Violation("externalId", switch (channel) {
				case POLICE_110 -> "a 110 transfer carries the 110 incident number";
				case SENSOR -> "a sensor report carries the alarm id";
				default -> "an indicator report carries the warning id";
			}));
		}
		if (channel == Channel.POLICE_110 && version != null && version.definition().policeMatter()) {
			violations.add(new Violation("category", version.code() + " " + version.definition().name()
					+ " is a police matter and stays with 110"));
		}
	}

	private static RegionCode code(Region region) {
		return region == null ? null : region.code();
	}
}
