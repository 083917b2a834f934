package io.maciedashboard.jobs;

import io.maciedashboard.macie.JobSummary;
import io.maciedashboard.macie.Place;

/** A job of the merged list with the place it lives in. */
record PlacedJob(Place place, JobSummary job) {
}
