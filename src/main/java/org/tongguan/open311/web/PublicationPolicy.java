package org.tongguan.open311.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tongguan.casework.CaseSearch;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.casework.Channel;
import org.tongguan.identity.PersonalData;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;

/**
 * 公开发布 — what the public request feed publishes of a case ({@code tongguan.open311.publication}): only cases of
 * the published channels that are of no withheld sub-category; descriptions, notes and addresses with phone numbers,
 * ID card numbers and e-mail addresses masked; a coarse location (rounded lat/long, the district and street for the
 * address) for sensitive sub-categories; and a {@code media_url} only where an Open311 client posted it, never a link
 * to the platform's own attachments.
 */
@Component
class PublicationPolicy {

	private final Open311Properties.Publication settings;

	private final Regions regions;

	PublicationPolicy(Open311Properties properties, Regions regions) {
		this.settings = properties.publication();
		this.regions = regions;
	}

	/** The search narrowed to the cases that are published. */
	CaseSearch narrow(CaseSearch search) {
		return search.within(settings.channels(), settings.withheldCategories());
	}

	/** The case as the public may read it, or empty when it is not published. */
	Optional<CaseSnapshot> publish(CaseSnapshot snapshot) {
		if (!settings.channels().contains(snapshot.channel())
				|| settings.withheldCategories().contains(snapshot.category())) {
			return Optional.empty();
		}
		boolean coarse = settings.sensitiveCategories().contains(snapshot.category());
		return Optional.of(new CaseSnapshot(snapshot.id(), snapshot.number(), snapshot.channel(), snapshot.stage(),
				snapshot.category(), snapshot.categoryName(), snapshot.urgency(), description(snapshot),
				coarse ? area(snapshot) : PersonalData.scrub(snapshot.address()),
				coarse ? round(snapshot.longitude()) : snapshot.longitude(),
				coarse ? round(snapshot.latitude()) : snapshot.latitude(), snapshot.grid(), snapshot.street(),
				snapshot.district(), snapshot.department(), snapshot.departmentName(), snapshot.reportedAt(),
				snapshot.updatedAt(), snapshot.dueAt(), snapshot.closedAt(), PersonalData.scrub(snapshot.note()),
				snapshot.attachmentIds(), snapshot.externalId()));
	}

	/** The description masked, with the media link an Open311 client posted and no other. */
	private static String description(CaseSnapshot snapshot) {
		MediaLink stored = MediaLink.split(snapshot.description());
		return new MediaLink(PersonalData.scrub(stored.description()),
				snapshot.channel() == Channel.OPEN311 ? stored.url() : null).stored();
	}

	/** The district and street the case lies in, e.g. 福田区福田街道, instead of its address. */
	private String area(CaseSnapshot snapshot) {
		String district = name(snapshot.district());
		String street = name(snapshot.street());
		if (district == null || street == null) {
			return district == null ? street : district;
		}
		return district + street;
	}

	private String name(RegionCode code) {
		return code == null ? null : regions.find(code).map(Region::name).orElse(null);
	}

	private Double round(Double coordinate) {
		return coordinate == null ? null
				: BigDecimal.valueOf(coordinate).setScale(settings.coarseDecimals(), RoundingMode.HALF_UP).doubleValue();
	}
}
