package org.tongguan.sensing.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Streaming CSV records of an archive: quoting, line ends, blank lines and the line each record starts on. */
class ArchiveRecordsTests {

	@Test
	void readsQuotedFieldsAndCountsTheLinesEachRecordStartsOn() throws IOException {
		ArchiveRecords records = new ArchiveRecords(new StringReader(
				"\uFEFFdevice,ts,note\r\nA,1,\"a, \"\"b\"\"\nc\"\n\nB,2,\r\"last\""));
		List<String> lines = new ArrayList<>();
		for (List<String> fields = records.next(); fields != null; fields = records.next()) {
			lines.add(records.line() + ":" + fields);
		}
		assertThat(lines).containsExactly("1:[device, ts, note]", "2:[A, 1, a, \"b\"\nc]", "5:[B, 2, ]",
				"6:[last]");
	}

	@Test
	void aQuotedFieldNeverClosedNamesTheLineItStartsOn() throws IOException {
		ArchiveRecords records = new ArchiveRecords(new StringReader("device,ts\nA,\"open\n\n"));
		records.next();
		assertThatThrownBy(records::next).isInstanceOf(ArchiveLineException.class)
			.satisfies(e -> assertThat(((ArchiveLineException) e).line()).isEqualTo(2));
	}
}
