package io.maciedashboard.emulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many requests each Macie operation received (every request that named an operation,
 * answered or failed).
 */
public final class RequestCounters {

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	void increment(String operation) {
		this.counts.computeIfAbsent(operation, name -> new LongAdder()).increment();
	}

	public long count(String operation) {
		LongAdder adder = this.counts.get(operation);
		return (adder != null) ? adder.sum() : 0;
	}

	/** Every operation called so far, by name, in name order. */
	public Map<String, Long> snapshot() {
		Map<String, Long> copy = new TreeMap<>();
		this.counts.forEach((operation, adder) -> copy.put(operation, adder.sum()));
		return copy;
	}

	public void reset() {
		this.counts.clear();
	}

}
