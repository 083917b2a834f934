package io.maciedashboard.jobs;

/**
 * What the job page shows: the part that refreshes while the job can change, and what the
 * job analyses.
 */
record JobPageView(JobLiveView live, JobScopeView scope) {

}
