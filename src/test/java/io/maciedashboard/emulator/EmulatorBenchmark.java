package io.maciedashboard.emulator;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.macie2.model.CriterionAdditionalProperties;
import software.amazon.awssdk.services.macie2.model.GroupCount;
import software.amazon.awssdk.services.macie2.model.JobSummary;

/**
 * Not a test: how fast the emulator answers through the real SDK, and what its places and
 * findings cost. Prints start-up time and heap with the seed alone and with 10,000
 * generated jobs in every place, the median time of a ListClassificationJobs page over
 * 10,000 jobs, of GetFindingStatistics, ListFindings and GetFindings over the seed's
 * findings, and of the job list's "findings per job" statistics for a page of 25 jobs.
 * Run: {@code ./mvnw -B -Pbenchmark -Dfrontend.skip verify}
 */
public final class EmulatorBenchmark {

	private static final int WARM_UP = 30;

	private static final int MEASURED = 100;

	private EmulatorBenchmark() {
	}

	public static void main(String[] args) {
		System.out.println();
		System.out.println("Macie emulator, through the real SDK (median of " + MEASURED + " calls after " + WARM_UP
				+ " to warm up):");
		try (EmulatorFixture seeded = started(0)) {
			Macie2Client macie = seeded.macie;
			long findings = macie.getFindingStatistics(request -> request.groupBy("severity.description"))
				.countsByGroup()
				.stream()
				.mapToLong(GroupCount::count)
				.sum();
			System.out.printf("seed: %d findings in %s (%d jobs)%n", findings, seeded.emulator.places().get(0),
					seeded.emulator.jobCount());
			for (String groupBy : List.of("severity.description", "type", "resourcesAffected.s3Bucket.name",
					"classificationDetails.jobId")) {
				print("GetFindingStatistics by " + groupBy,
						() -> macie.getFindingStatistics(request -> request.groupBy(groupBy)));
			}
			print("GetFindingStatistics by type, unarchived High only",
					() -> macie.getFindingStatistics(request -> request.groupBy("type")
						.findingCriteria(criteria -> criteria.criterion(java.util.Map.of("severity.description",
								CriterionAdditionalProperties.builder().eq("High").build(), "archived",
								CriterionAdditionalProperties.builder().eq("false").build())))));
			print("ListFindings, 50 ids sorted by severity", () -> macie.listFindings(request -> request.maxResults(50)
				.sortCriteria(sort -> sort.attributeName("severity.score").orderBy("DESC"))));
			List<String> page = macie.listFindings(request -> request.maxResults(50)).findingIds();
			print("GetFindings, 50 findings", () -> macie.getFindings(request -> request.findingIds(page)));
		}
		try (EmulatorFixture many = started(10_000)) {
			Macie2Client macie = many.macie;
			print("ListClassificationJobs, first page of 25 of " + many.emulator.jobCount() + " jobs",
					() -> macie.listClassificationJobs(request -> request.maxResults(25)
						.sortCriteria(sort -> sort.attributeName("createdAt").orderBy("DESC"))));
			List<String> jobIds = macie
				.listClassificationJobs(request -> request.maxResults(25)
					.sortCriteria(sort -> sort.attributeName("createdAt").orderBy("DESC")))
				.items()
				.stream()
				.map(JobSummary::jobId)
				.toList();
			print("GetFindingStatistics by job for those 25 jobs",
					() -> macie.getFindingStatistics(request -> request.groupBy("classificationDetails.jobId")
						.findingCriteria(criteria -> criteria.criterion(java.util.Map.of("classificationDetails.jobId",
								CriterionAdditionalProperties.builder().eq(jobIds).build())))));
		}
	}

	private static EmulatorFixture started(int generatedJobs) {
		EmulatorSettings settings = new EmulatorSettings();
		settings.setPort(0);
		settings.setGeneratedJobs(generatedJobs);
		// once to load the classes, then measured
		new MacieEmulator(settings, EmulatorClock.fixedAt(EmulatorFixture.START)).close();
		System.gc();
		long heapBefore = usedHeap();
		long start = System.nanoTime();
		MacieEmulator measured = new MacieEmulator(settings, EmulatorClock.fixedAt(EmulatorFixture.START));
		double startMs = (System.nanoTime() - start) / 1e6;
		System.gc();
		System.out.printf("start-up with %,d generated jobs in each of %d places: %.0f ms, %.1f MB of heap%n",
				generatedJobs, measured.places().size(), startMs, (usedHeap() - heapBefore) / 1e6);
		return new EmulatorFixture(chosen -> chosen.setGeneratedJobs(generatedJobs));
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static void print(String what, Supplier<?> call) {
		for (int i = 0; i < WARM_UP; i++) {
			call.get();
		}
		double[] millis = new double[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			call.get();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf("  %-70s median %6.1f ms, 90th percentile %6.1f ms%n", what, millis[MEASURED / 2],
				millis[MEASURED * 9 / 10]);
	}

}
