package io.maciedashboard.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the operating system and the JVM say about a running dashboard, read from text:
 * the resident memory and thread count of {@code /proc/<pid>/status}, and the heap used
 * that {@code jcmd <pid> GC.heap_info} prints (after {@code GC.run}, the live heap).
 */
final class ProcessFigures {

	private static final Pattern RSS = Pattern.compile("^VmRSS:\\s+(\\d+) kB$", Pattern.MULTILINE);

	private static final Pattern THREADS = Pattern.compile("^Threads:\\s+(\\d+)$", Pattern.MULTILINE);

	/**
	 * A heap line: G1's one heap, or each generation of Serial and Parallel ("def new
	 * generation", "tenured generation", "PSYoungGen", "ParOldGen"); JDK 25 adds reserved
	 * and committed sizes and no longer indents it.
	 */
	private static final Pattern HEAP_USED = Pattern
		.compile("^\\s*\\S.*?\\s+total (?:reserved )?\\d+K, (?:committed \\d+K, )?used (\\d+)K", Pattern.MULTILINE);

	private static final Pattern METASPACE_USED = Pattern.compile("Metaspace\\s+used (\\d+)K");

	/**
	 * A thread of a thread dump: its quoted name line up to the blank line after its
	 * stack.
	 */
	private static final Pattern THREAD = Pattern.compile("^\"([^\"]+)\".*?(?=^\\s*$)",
			Pattern.MULTILINE | Pattern.DOTALL);

	private ProcessFigures() {
	}

	/**
	 * Tomcat's request threads ({@code http-nio-<port>-exec-<n>}) in a
	 * {@code jcmd <pid> Thread.print}, and how many of them are busy: an idle one waits
	 * on its pool's task queue. An event stream that is open but holds no thread leaves
	 * them idle.
	 */
	static RequestThreads requestThreads(String threadDump) {
		int all = 0;
		int busy = 0;
		Matcher threads = THREAD.matcher(threadDump);
		while (threads.find()) {
			if (threads.group(1).matches("http-nio-.+-exec-\\d+")) {
				all++;
				if (!threads.group().contains("TaskQueue.")) {
					busy++;
				}
			}
		}
		return new RequestThreads(all, busy);
	}

	record RequestThreads(int all, int busy) {
	}

	/** Resident set size in KiB. */
	static long residentKib(String procStatus) {
		return number(RSS, procStatus, "VmRSS");
	}

	static long threads(String procStatus) {
		return number(THREADS, procStatus, "Threads");
	}

	/** Heap used in KiB: the sum of every generation's. */
	static long heapUsedKib(String heapInfo) {
		Matcher used = HEAP_USED.matcher(heapInfo);
		long sum = 0;
		boolean found = false;
		while (used.find()) {
			sum += Long.parseLong(used.group(1));
			found = true;
		}
		if (!found) {
			throw new IllegalArgumentException("No heap used in: " + heapInfo);
		}
		return sum;
	}

	/** Metaspace used in KiB; JDK 25 no longer prints it there. */
	static OptionalLong metaspaceUsedKib(String heapInfo) {
		Matcher used = METASPACE_USED.matcher(heapInfo);
		return used.find() ? OptionalLong.of(Long.parseLong(used.group(1))) : OptionalLong.empty();
	}

	private static long number(Pattern pattern, String text, String what) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalArgumentException("No " + what + " in: " + text);
		}
		return Long.parseLong(matcher.group(1));
	}

	/**
	 * The server times of the GET answers to these pages, from access log lines written
	 * with the pattern {@code %{us}T %{dashboard.admission.waited-us}r %r} ("microseconds
	 * microseconds-waited GET /path?query HTTP/1.1"; "-" when nothing was waited for).
	 */
	static Map<String, List<ServerTime>> serverTimes(String accessLog, Set<String> pages) {
		Map<String, List<ServerTime>> times = new LinkedHashMap<>();
		pages.forEach((page) -> times.put(page, new ArrayList<>()));
		for (String line : accessLog.split("\\n")) {
			String[] parts = line.trim().split(" ");
			if (parts.length == 5 && parts[2].equals("GET") && times.containsKey(parts[3])) {
				double waited = parts[1].equals("-") ? 0 : Long.parseLong(parts[1]) / 1000.0;
				times.get(parts[3]).add(new ServerTime(Long.parseLong(parts[0]) / 1000.0, waited));
			}
		}
		return times;
	}

	/**
	 * An answer's server time in milliseconds, and the part of it spent waiting for a
	 * turn ({@link io.maciedashboard.admission.RequestAdmission}).
	 */
	record ServerTime(double millis, double waitedMillis) {

		/** The server time besides waiting for turns. */
		double otherMillis() {
			return this.millis - this.waitedMillis;
		}

	}

	/**
	 * Young ({@code sun.gc.collector.0}) and full ({@code sun.gc.collector.1})
	 * collections and their pauses in milliseconds.
	 */
	record Pauses(long young, double youngMillis, long full, double fullMillis) {

		private static final Pattern COUNTER = Pattern.compile("^(\\S+)=(\\d+)$", Pattern.MULTILINE);

		static Pauses of(String perfCounters) {
			Map<String, Long> values = new HashMap<>();
			Matcher counter = COUNTER.matcher(perfCounters);
			while (counter.find()) {
				values.put(counter.group(1), Long.parseLong(counter.group(2)));
			}
			double ticksPerMilli = values.getOrDefault("sun.os.hrt.frequency", 1_000_000_000L) / 1000.0;
			return new Pauses(values.getOrDefault("sun.gc.collector.0.invocations", 0L),
					values.getOrDefault("sun.gc.collector.0.time", 0L) / ticksPerMilli,
					values.getOrDefault("sun.gc.collector.1.invocations", 0L),
					values.getOrDefault("sun.gc.collector.1.time", 0L) / ticksPerMilli);
		}

		Pauses since(Pauses before) {
			return new Pauses(this.young - before.young, this.youngMillis - before.youngMillis, this.full - before.full,
					this.fullMillis - before.fullMillis);
		}

		@Override
		public String toString() {
			return String.format("%d young collections (%.0f ms in all), %d full (%.0f ms in all)", this.young,
					this.youngMillis, this.full, this.fullMillis);
		}

	}

}
