package io.maciedashboard.builder;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The units of an object size: decimal, as the AWS consoles and web.Sizes show sizes. */
enum SizeUnit {

	BYTES("bytes", 1L), KB("KB", 1_000L), MB("MB", 1_000_000L), GB("GB", 1_000_000_000L), TB("TB", 1_000_000_000_000L);

	private final String label;

	private final long bytes;

	SizeUnit(String label, long bytes) {
		this.label = label;
		this.bytes = bytes;
	}

	static List<Choice> options() {
		return Arrays.stream(values()).map((unit) -> new Choice(unit.name(), unit.label)).toList();
	}

	BigDecimal bytes() {
		return BigDecimal.valueOf(this.bytes);
	}

	/** The largest unit a byte count is whole in, so that a copied job reads as typed. */
	static SizeUnit largestWhole(long byteCount) {
		return Arrays.stream(values())
			.filter((unit) -> byteCount != 0 && byteCount % unit.bytes == 0)
			.reduce(BYTES, (smaller, larger) -> larger);
	}

	long whole(long byteCount) {
		return byteCount / this.bytes;
	}

}
