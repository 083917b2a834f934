/**
 * The job list over every place ({@code /jobs}, with its triage strip read by one
 * bounded, shared scan of every place) and the job page
 * ({@code /jobs/{accountId}/{region}/{jobId}}, old bookmarks {@code /jobs/{jobId}}
 * redirected) with pause, resume and cancel: package-private controllers and their view
 * records. It uses macie/ (records, MacieJobs and MacieFindings for the list's Findings
 * column, and Macie's clock), web/, security/, audit/ (each change is recorded, with the
 * job's place, before it is made; the job's history), history/ (the run timeline, trend
 * and time left), findings/ (the job page's Results section) and watch/ (the watcher and
 * the event streams that keep the live parts up to date), admission/ (turns given back
 * while the list waits for other threads), never the AWS SDK.
 */
package io.maciedashboard.jobs;
