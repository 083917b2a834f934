package io.maciedashboard.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.maciedashboard.emulator.Seed.SeedJob;
import io.maciedashboard.emulator.Shapes.CreateClassificationJobRequest;
import io.maciedashboard.emulator.Shapes.DailySchedule;
import io.maciedashboard.emulator.Shapes.JobScheduleFrequency;
import io.maciedashboard.emulator.Shapes.S3BucketDefinitionForJob;
import io.maciedashboard.emulator.Shapes.S3JobDefinition;
import tools.jackson.databind.JsonNode;

/**
 * Any number of made-up jobs over the seeded buckets, for trying the job list with many
 * jobs (the {@code generated-jobs} setting). The same count always gives the same jobs.
 */
final class SyntheticJobs {

	private static final String[] STATUSES = { "COMPLETE", "COMPLETE", "COMPLETE", "CANCELLED", "RUNNING", "IDLE",
			"USER_PAUSED", "PAUSED" };

	private static final String[] TEAMS = { "finance", "hr", "marketing", "legal", "platform", "data-lake", "support" };

	private SyntheticJobs() {
	}

	static List<SeedJob> generate(int count, List<JsonNode> buckets, Instant now) {
		List<SeedJob> jobs = new ArrayList<>();
		if (buckets.isEmpty()) {
			return jobs;
		}
		Random random = new Random(count);
		for (int i = 1; i <= count; i++) {
			JsonNode bucket = buckets.get(random.nextInt(buckets.size()));
			String status = STATUSES[random.nextInt(STATUSES.length)];
			boolean scheduled = status.equals("IDLE") || random.nextInt(4) == 0;
			String team = TEAMS[random.nextInt(TEAMS.length)];
			String name = String.format("generated %05d %s %s", i, team, bucket.path("bucketName").asString());
			Instant createdAt = now.minus(Duration.ofMinutes(1 + random.nextInt(365 * 24 * 60)));
			Instant pausedAt = status.equals("USER_PAUSED")
					? now.minus(Duration.ofMinutes(random.nextInt(29 * 24 * 60))) : null;
			CreateClassificationJobRequest request = new CreateClassificationJobRequest(null, "generated-" + i, null,
					"Generated job " + i, scheduled ? Boolean.TRUE : null, scheduled ? "SCHEDULED" : "ONE_TIME", null,
					"RECOMMENDED", name,
					new S3JobDefinition(null,
							List.of(new S3BucketDefinitionForJob(bucket.path("accountId").asString(),
									List.of(bucket.path("bucketName").asString()))),
							null),
					null, scheduled ? new JobScheduleFrequency(new DailySchedule(), null, null) : null,
					Map.of("team", team));
			jobs.add(new SeedJob(null, createdAt, scheduled && status.equals("COMPLETE") ? "IDLE" : status, createdAt,
					1 + random.nextInt(20), random.nextDouble(), pausedAt, request));
		}
		return jobs;
	}

}
