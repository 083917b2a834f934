/**
 * The job list ({@code /jobs}, with its triage strip read by one bounded, shared scan)
 * and the job page ({@code /jobs/{jobId}}) with pause, resume and cancel: package-private
 * controllers and their view records. It uses macie/ (records and MacieJobs, and Macie's
 * clock), web/, security/ and audit/ (each change is recorded before it is made; the
 * job's history), never the AWS SDK.
 */
package io.maciedashboard.jobs;
