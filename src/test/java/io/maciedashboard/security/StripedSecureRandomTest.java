package io.maciedashboard.security;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StripedSecureRandomTest {

	private final StripedSecureRandom random = new StripedSecureRandom(4);

	@Test
	void drawsDifferentBytesEachTime() {
		Set<String> draws = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			byte[] bytes = new byte[16];
			this.random.nextBytes(bytes);
			draws.add(Arrays.toString(bytes));
		}
		assertThat(draws).hasSize(1000);
	}

	@Test
	void everyByteValueTurnsUpAboutEquallyOften() {
		int[] counts = new int[256];
		byte[] bytes = new byte[256 * 1000];
		for (int i = 0; i < bytes.length; i += 64) {
			byte[] draw = new byte[64];
			this.random.nextBytes(draw);
			System.arraycopy(draw, 0, bytes, i, 64);
		}
		for (byte b : bytes) {
			counts[b & 0xFF]++;
		}
		// 1,000 expected per value; a fair source stays far inside these bounds
		assertThat(Arrays.stream(counts).min().getAsInt()).isGreaterThan(800);
		assertThat(Arrays.stream(counts).max().getAsInt()).isLessThan(1200);
	}

	@Test
	void drawsFromManyThreadsAtOnceStayDistinct() throws Exception {
		Set<String> draws = ConcurrentHashMap.newKeySet();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		for (int i = 0; i < 4000; i++) {
			threads.execute(() -> {
				byte[] bytes = new byte[16];
				this.random.nextBytes(bytes);
				draws.add(Arrays.toString(bytes));
			});
		}
		threads.shutdown();
		assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(draws).hasSize(4000);
	}

	@Test
	void numbersDrawnThroughSecureRandomsOwnMethodsComeFromTheStripes() {
		Set<Long> numbers = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			numbers.add(this.random.nextLong());
		}
		assertThat(numbers).hasSize(1000);
		assertThat(this.random.getAlgorithm()).isEqualTo("DRBG");
	}

}
