package io.maciedashboard.emulator;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finding ids: 32 hex digits that look random, as Macie's do, but say where the finding
 * comes from, so that GetFindings finds it without keeping an index. The first 16 digits
 * are the job's seed (place and job id), the last 16 its run and ordinal, scrambled by a
 * reversible mix keyed by the job.
 */
final class FindingIds {

	private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

	private static final long ODD = 0x9e3779b97f4a7c15L;

	private static final long ODD_INVERSE = inverse(ODD);

	private static final int ORDINAL_BITS = 24;

	/** Where a finding id says its finding comes from. */
	record Origin(String jobKey, int runNumber, int ordinal) {
	}

	private FindingIds() {
	}

	static String id(long jobSeed, int runNumber, int ordinal) {
		long plain = ((long) runNumber << ORDINAL_BITS) | ordinal;
		long mixed = (plain ^ mask(jobSeed)) * ODD;
		return Hashing.hex(jobSeed) + Hashing.hex(mixed ^ (mixed >>> 32));
	}

	static String jobKey(long jobSeed) {
		return Hashing.hex(jobSeed);
	}

	static Optional<Origin> origin(String id) {
		if (id == null || !ID.matcher(id).matches()) {
			return Optional.empty();
		}
		long jobSeed = Long.parseUnsignedLong(id.substring(0, 16), 16);
		long mixed = Long.parseUnsignedLong(id.substring(16), 16);
		long plain = ((mixed ^ (mixed >>> 32)) * ODD_INVERSE) ^ mask(jobSeed);
		long runNumber = plain >>> ORDINAL_BITS;
		if (runNumber < 1 || runNumber > Integer.MAX_VALUE) {
			return Optional.empty();
		}
		return Optional.of(new Origin(id.substring(0, 16), (int) runNumber, (int) (plain & ((1 << ORDINAL_BITS) - 1))));
	}

	private static long mask(long jobSeed) {
		return Hashing.mix(jobSeed ^ 0x5deece66dL);
	}

	/** The multiplicative inverse of an odd number modulo 2^64 (Newton's iteration). */
	private static long inverse(long odd) {
		long inverse = odd;
		for (int i = 0; i < 5; i++) {
			inverse *= 2 - odd * inverse;
		}
		return inverse;
	}

}
