package io.maciedashboard.security;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random bytes from one of several DRBGs, picked at random for each draw, so that
 * requests drawing at once rarely wait for each other. Each DRBG instance serialises its
 * draws (a lock taken on every draw), and the JVM's default SecureRandom on Linux
 * (NativePRNG) takes one JVM-wide lock and reads /dev/urandom under it: with many people
 * clicking, page renders queued on either lock (thread dumps during LoadBenchmark).
 */
final class StripedSecureRandom extends SecureRandom {

	private static final long serialVersionUID = 1L;

	private final transient SecureRandom[] stripes;

	StripedSecureRandom(int stripes) {
		this.stripes = new SecureRandom[stripes];
		for (int i = 0; i < stripes; i++) {
			try {
				this.stripes[i] = SecureRandom.getInstance("DRBG");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("Every JDK since 9 has the DRBG SecureRandom", ex);
			}
		}
	}

	@Override
	public void nextBytes(byte[] bytes) {
		this.stripes[ThreadLocalRandom.current().nextInt(this.stripes.length)].nextBytes(bytes);
	}

	@Override
	public String getAlgorithm() {
		return "DRBG";
	}

}
