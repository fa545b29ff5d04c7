package org.tongguan.indicator.web;

import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.tongguan.indicator.IndicatorCode;

import io.swagger.v3.oas.models.media.StringSchema;

/**
 * Reads the {@code {code}} of {@code /api/indicators/{code}/…} as an {@link IndicatorCode} (a malformed one answers
 * 400), and documents it as the text it is, with its form.
 */
@Component
class IndicatorCodeConverter implements Converter<String, IndicatorCode> {

	@Override
	public IndicatorCode convert(String source) {
		return IndicatorCode.of(source);
	}

	/** Documents an indicator code parameter as text of the code's form. */
	@Bean
	static ParameterCustomizer indicatorCodesAsText() {
		return (parameter, method) -> {
			if (parameter != null && method.getParameterType() == IndicatorCode.class) {
				parameter.setSchema(new StringSchema().pattern("L[1-9]\\d?(P[1-9]\\d?(-A[1-9]\\d{0,2})?)?")
					.example("L8P1-A3"));
				parameter.setDescription("the indicator's code: " + IndicatorCode.FORM);
			}
			return parameter;
		};
	}
}
