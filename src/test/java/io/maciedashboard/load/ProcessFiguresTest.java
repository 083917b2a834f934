package io.maciedashboard.load;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProcessFiguresTest {

	/** Lines of a real {@code /proc/<pid>/status} (Linux 6). */
	private static final String STATUS = """
			Name:	java
			VmPeak:	 4120312 kB
			VmSize:	 4054776 kB
			VmHWM:	  391204 kB
			VmRSS:	  352816 kB
			RssAnon:	  321000 kB
			Threads:	57
			SigQ:	0/63541
			""";

	/** {@code jcmd <pid> GC.heap_info} of a JDK 17 with G1. */
	private static final String G1 = """
			4242:
			 garbage-first heap   total 262144K, used 61234K [0x00000000f0000000, 0x0000000100000000)
			  region size 1024K, 4 young (4096K), 0 survivors (0K)
			 Metaspace       used 98765K, committed 99520K, reserved 1179648K
			  class space    used 12345K, committed 12800K, reserved 1048576K
			""";

	/**
	 * JDK 25 prints reserved and committed sizes, at the start of the line, and no
	 * Metaspace.
	 */
	private static final String G1_25 = """
			4242:
			garbage-first heap   total reserved 262144K, committed 131072K, used 54321K [0x00000000f0000000, 0x0000000100000000)
			  region size 1024K, 4 young (4096K), 0 survivors (0K)
			""";

	/**
	 * Parts of a {@code jcmd <pid> Thread.print}: an idle request thread, a busy one and
	 * another.
	 */
	private static final String THREADS = """
			4242:
			2026-12-02 03:41:00
			Full thread dump OpenJDK 64-Bit Server VM (17.0.15+6-Debian-1deb12u1 mixed mode, sharing):

			"http-nio-41234-exec-1" #41 daemon prio=5 os_prio=0 cpu=120.50ms elapsed=60.10s tid=0x1 nid=0x2 waiting on condition  [0x3]
			   java.lang.Thread.State: WAITING (parking)
				at jdk.internal.misc.Unsafe.park(java.base@17.0.15/Native Method)
				at java.util.concurrent.LinkedBlockingQueue.take(java.base@17.0.15/LinkedBlockingQueue.java:435)
				at org.apache.tomcat.util.threads.TaskQueue.take(TaskQueue.java:154)

			"http-nio-41234-exec-2" #42 daemon prio=5 os_prio=0 cpu=80.20ms elapsed=60.10s tid=0x4 nid=0x5 runnable  [0x6]
			   java.lang.Thread.State: RUNNABLE
				at java.net.SocketInputStream.socketRead0(java.base@17.0.15/Native Method)
				at org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:1190)

			"http-nio-41234-Poller" #43 daemon prio=5 os_prio=0 cpu=10.00ms elapsed=60.10s tid=0x7 nid=0x8 runnable  [0x9]
			   java.lang.Thread.State: RUNNABLE
				at sun.nio.ch.EPoll.wait(java.base@17.0.15/Native Method)

			""";

	@Test
	void countsTheRequestThreadsAndTheBusyOnes() {
		assertThat(ProcessFigures.requestThreads(THREADS)).isEqualTo(new ProcessFigures.RequestThreads(2, 1));
	}

	@Test
	void readsResidentMemoryNotItsPeakAndTheThreadCount() {
		assertThat(ProcessFigures.residentKib(STATUS)).isEqualTo(352816);
		assertThat(ProcessFigures.threads(STATUS)).isEqualTo(57);
	}

	/** Serial: a young and an old generation, each with its spaces. */
	private static final String SERIAL = """
			5833:
			 def new generation   total 78656K, used 357K [0x00000000f0000000, 0x00000000f5550000, 0x00000000f5550000)
			  eden space 69952K,   0% used [0x00000000f0000000, 0x00000000f0059608, 0x00000000f4450000)
			  from space 8704K,   0% used [0x00000000f4450000, 0x00000000f4450000, 0x00000000f4cd0000)
			 tenured generation   total 174784K, used 58194K [0x00000000f5550000, 0x0000000100000000, 0x0000000100000000)
			   the space 174784K,  33% used [0x00000000f5550000, 0x00000000f8e248c8, 0x00000000f8e24a00, 0x0000000100000000)
			 Metaspace       used 106260K, committed 107328K, reserved 1179648K
			""";

	@Test
	void addsTheGenerationsOfSerial() {
		assertThat(ProcessFigures.heapUsedKib(SERIAL)).isEqualTo(357 + 58194);
		assertThat(ProcessFigures.metaspaceUsedKib(SERIAL)).hasValue(106260);
	}

	@Test
	void readsTheHeapAndMetaspaceUsedOfEitherJdk() {
		assertThat(ProcessFigures.heapUsedKib(G1)).isEqualTo(61234);
		assertThat(ProcessFigures.metaspaceUsedKib(G1)).hasValue(98765);
		assertThat(ProcessFigures.heapUsedKib(G1_25)).isEqualTo(54321);
		assertThat(ProcessFigures.metaspaceUsedKib(G1_25)).isEmpty();
	}

	@Test
	void textWithoutTheFigureSaysWhatIsMissing() {
		assertThatIllegalArgumentException().isThrownBy(() -> ProcessFigures.residentKib("Name:\tjava\n"))
			.withMessageContaining("VmRSS");
	}

	@Test
	void pausesAreTheCollectorsCountsAndTimesSinceAnEarlierReading() {
		// jcmd <pid> PerfCounter.print of a JDK 25 with the serial collector (excerpt)
		ProcessFigures.Pauses before = ProcessFigures.Pauses.of("""
				4242:
				sun.gc.collector.0.invocations=12
				sun.gc.collector.0.name="Copy"
				sun.gc.collector.0.time=96000000
				sun.gc.collector.1.invocations=2
				sun.gc.collector.1.time=250000000
				sun.os.hrt.frequency=1000000000
				""");
		ProcessFigures.Pauses after = ProcessFigures.Pauses.of("""
				sun.gc.collector.0.invocations=40
				sun.gc.collector.0.time=376000000
				sun.gc.collector.1.invocations=3
				sun.gc.collector.1.time=450000000
				sun.os.hrt.frequency=1000000000
				""");

		assertThat(after.since(before)).isEqualTo(new ProcessFigures.Pauses(28, 280.0, 1, 200.0));
		assertThat(after.since(before)).hasToString("28 young collections (280 ms in all), 1 full (200 ms in all)");
	}

	@Test
	void serverTimesAreTheAccessLogsMicrosecondsOfEachPageInMillisecondsWithTheTimeWaitedForTurns() {
		String log = """
				17250 250 GET /jobs HTTP/1.1
				2500 0 GET /jobs?status=RUNNING HTTP/1.1
				1200 10 POST /jobs/111122223333/us-east-1/abc/pause HTTP/1.1
				900000 - GET /jobs/111122223333/us-east-1/abc/events HTTP/1.1
				3100500 3000000 GET /jobs HTTP/1.1
				""";

		Map<String, List<ProcessFigures.ServerTime>> times = ProcessFigures.serverTimes(log,
				Set.of("/jobs", "/jobs?status=RUNNING", "/jobs/1"));

		assertThat(times)
			.containsEntry("/jobs",
					List.of(new ProcessFigures.ServerTime(17.25, 0.25), new ProcessFigures.ServerTime(3100.5, 3000)))
			.containsEntry("/jobs?status=RUNNING", List.of(new ProcessFigures.ServerTime(2.5, 0)))
			.containsEntry("/jobs/1", List.of());
		assertThat(times.get("/jobs").get(1).otherMillis()).isEqualTo(100.5);
	}

	@Test
	void anAnswerThatWaitedForNothingHasADashForItsWait() {
		assertThat(ProcessFigures.serverTimes("4000 - GET /jobs HTTP/1.1\n", Set.of("/jobs"))).containsEntry("/jobs",
				List.of(new ProcessFigures.ServerTime(4, 0)));
	}

}
