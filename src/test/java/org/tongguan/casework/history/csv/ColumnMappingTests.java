package org.tongguan.casework.history.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/** Finding each field's column: by our names in any spelling, Chinese labels, or the caller's mapping. */
class ColumnMappingTests {

	@Test
	void findsColumnsNamedLikeTheFieldsInAnySpellingOrByTheirChineseLabel() throws IOException {
		CsvReader record = record("External_ID, reported at ,小类代码,区域代码\nX-1,2025-03-03 09:00,E0101, 440304 \n");
		ColumnMapping columns = ColumnMapping.of(new String[] { "External_ID", " reported at ", "小类代码", "区域代码" },
				Map.of());
		assertThat(columns.value(record, HistoryField.EXTERNAL_ID)).isEqualTo("X-1");
		assertThat(columns.value(record, HistoryField.REPORTED_AT)).isEqualTo("2025-03-03 09:00");
		assertThat(columns.value(record, HistoryField.CATEGORY)).isEqualTo("E0101");
		assertThat(columns.value(record, HistoryField.REGION)).isEqualTo("440304");
		assertThat(columns.value(record, HistoryField.CLOSED_AT)).isNull();
	}

	@Test
	void usesTheCallersMapping() throws IOException {
		CsvReader record = record("案卷号,发现时间,类别,经度,纬度\nX-1,2025-03-03 09:00,E0101,114.1,22.5\n");
		ColumnMapping columns = ColumnMapping.of(new String[] { "案卷号", "发现时间", "类别", "经度", "纬度" },
				Map.of("externalId", "案卷号", "reportedAt", "发现时间", "category", "类别"));
		assertThat(columns.value(record, HistoryField.EXTERNAL_ID)).isEqualTo("X-1");
		assertThat(columns.value(record, HistoryField.LONGITUDE)).isEqualTo("114.1");
	}

	@Test
	void listsUnknownFieldsMissingColumnsAndMissingRequiredFields() {
		assertThatThrownBy(() -> ColumnMapping.of(new String[] { "id", "longitude" },
				Map.of("externalId", "id", "reportedAt", "when", "colour", "x")))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(Violation::field)
				.containsExactlyInAnyOrder("colour", "reportedAt", "category", "longitude"));
	}

	private static CsvReader record(String text) throws IOException {
		CsvReader reader = new CsvReader(new StringReader(text));
		reader.next();
		reader.next();
		return reader;
	}
}
