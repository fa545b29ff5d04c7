package org.tongguan.casework.web;

import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.springframework.util.NumberUtils;
import org.tongguan.casework.CaseId;

import io.swagger.v3.oas.models.media.IntegerSchema;

/**
 * Reads the {@code {id}} of {@code /api/cases/{id}/…} as a {@link CaseId}, so controllers take the typed id; it reads
 * the number as a {@code long} path variable would (a malformed one answers 400), and the API documentation shows it
 * as that number.
 */
@Component
class CaseIdConverter implements Converter<String, CaseId> {

	@Override
	public CaseId convert(String source) {
		return new CaseId(NumberUtils.parseNumber(source, Long.class));
	}

	/** Documents a case id parameter as the 64-bit integer it is (a converted type would otherwise show as text). */
	@Bean
	static ParameterCustomizer caseIdsAsNumbers() {
		return (parameter, method) -> {
			if (parameter != null && method.getParameterType() == CaseId.class) {
				parameter.setSchema(new IntegerSchema().format("int64"));
			}
			return parameter;
		};
	}
}
