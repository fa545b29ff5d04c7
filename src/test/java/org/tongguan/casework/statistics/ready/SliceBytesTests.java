package org.tongguan.casework.statistics.ready;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values written to a slice read back as written, and skipping a value lands on the next one. */
class SliceBytesTests {

	@Test
	void readsAndSkipsWhatWasWritten() {
		SliceBytes.Writer out = new SliceBytes.Writer();
		out.string("440304");
		out.string(null);
		out.string("福田区城管局");
		out.bytes(new byte[300]);
		out.signed(-1_000_000_000_000L);
		out.unsigned(Long.MAX_VALUE);
		out.string("");
		byte[] bytes = out.toBytes();

		SliceBytes.Reader in = new SliceBytes.Reader(bytes);
		assertThat(in.string()).isEqualTo("440304");
		assertThat(in.string()).isNull();
		assertThat(in.string()).isEqualTo("福田区城管局");
		assertThat(in.bytes()).hasSize(300);
		assertThat(in.signed()).isEqualTo(-1_000_000_000_000L);
		assertThat(in.unsigned()).isEqualTo(Long.MAX_VALUE);
		assertThat(in.string()).isEmpty();
		assertThat(in.more()).isFalse();

		SliceBytes.Reader skipping = new SliceBytes.Reader(bytes);
		skipping.skipString();
		skipping.skipString();
		skipping.skipString();
		skipping.skipBytes();
		int start = skipping.position();
		assertThat(skipping.signed()).isEqualTo(-1_000_000_000_000L);
		SliceBytes.Writer copy = new SliceBytes.Writer();
		copy.raw(bytes, start, skipping.position());
		assertThat(new SliceBytes.Reader(copy.toBytes()).signed()).isEqualTo(-1_000_000_000_000L);
	}
}
