package io.maciedashboard.web;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Byte counts in human units (decimal, as the AWS consoles show them) and exactly, for
 * the hover title. Templates use {@code #sizes}.
 */
public final class Sizes {

	private static final String[] UNITS = { "KB", "MB", "GB", "TB", "PB", "EB" };

	/**
	 * "999 bytes", "1.5 GB", "12 GB", "512 MB": one decimal below 10 of a unit, whole
	 * units above.
	 */
	public String human(long bytes) {
		if (bytes < 0) {
			throw new IllegalArgumentException("a size cannot be negative: " + bytes);
		}
		if (bytes < 1000) {
			return (bytes == 1) ? "1 byte" : bytes + " bytes";
		}
		double value = bytes;
		int unit = -1;
		// Move up a unit while the rounded figure would read 1,000 or more (999,960 bytes
		// is "1.0 MB").
		while (unit < UNITS.length - 1 && rounded(value) >= 1000) {
			value /= 1000;
			unit++;
		}
		return format(rounded(value)) + " " + UNITS[unit];
	}

	/** "1,500,000,000 bytes". */
	public String exact(long bytes) {
		return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(bytes) + ((bytes == 1) ? " byte" : " bytes");
	}

	private static double rounded(double value) {
		return (value < 10) ? Math.round(value * 10) / 10.0 : Math.round(value);
	}

	private static String format(double value) {
		return (value < 10) ? String.format(Locale.ENGLISH, "%.1f", value)
				: String.format(Locale.ENGLISH, "%,.0f", value);
	}

}
