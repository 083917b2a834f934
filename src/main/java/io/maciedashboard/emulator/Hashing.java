package io.maciedashboard.emulator;

import java.nio.charset.StandardCharsets;

/**
 * Stable 64-bit hashes of text (the same in every JVM and at every start), for what the
 * emulator derives from its seed: finding ids, generated objects, made-up identifiers.
 */
final class Hashing {

	private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private Hashing() {
	}

	/**
	 * FNV-1a over the UTF-8 bytes, then mixed so that every bit depends on every byte.
	 */
	static long hash(String text) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			hash ^= (b & 0xff);
			hash *= 0x100000001b3L;
		}
		return mix(hash);
	}

	/** SplitMix64's finaliser: a bijection of 64-bit values that spreads every bit. */
	static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	/** {@code length} upper-case letters and digits derived from {@code text}. */
	static String letters(String text, int length) {
		StringBuilder letters = new StringBuilder(length);
		long hash = hash(text);
		for (int i = 0; i < length; i++) {
			if (i % 12 == 11) {
				hash = mix(hash + i);
			}
			letters.append(LETTERS.charAt((int) (hash & 31)));
			hash >>>= 5;
		}
		return letters.toString();
	}

	/** 16 lower-case hex digits. */
	static String hex(long value) {
		String digits = Long.toHexString(value);
		return "0".repeat(16 - digits.length()) + digits;
	}

}
