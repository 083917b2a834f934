package io.maciedashboard.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The emulator's notion of now: the system clock (or a fixed start, in tests) plus an
 * offset that can be moved forward, so a demo or a test can jump days ahead. Millisecond
 * precision, as Macie's timestamps.
 */
public final class EmulatorClock extends Clock {

	private final Clock base;

	private volatile Duration offset = Duration.ZERO;

	public EmulatorClock(Clock base) {
		this.base = base;
	}

	public static EmulatorClock system() {
		return new EmulatorClock(Clock.systemUTC());
	}

	public static EmulatorClock fixedAt(Instant start) {
		return new EmulatorClock(Clock.fixed(start, ZoneOffset.UTC));
	}

	public synchronized void advance(Duration by) {
		if (by.isNegative()) {
			throw new IllegalArgumentException("The emulator's clock only moves forward, not by " + by);
		}
		this.offset = this.offset.plus(by);
	}

	@Override
	public Instant instant() {
		return this.base.instant().plus(this.offset).truncatedTo(ChronoUnit.MILLIS);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The emulator's clock is always UTC");
	}

}
