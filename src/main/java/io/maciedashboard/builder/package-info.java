/**
 * The job builder ({@code /jobs/new}): its controller, the form objects and the reader
 * that turns them into a job definition or field errors, the page's view (bucket search,
 * preview, review) and what became of a create. It uses macie/ (records, limits and
 * MacieJobs), web/ (shared view helpers) and audit/ (each create is recorded before it is
 * sent), never the AWS SDK.
 */
package io.maciedashboard.builder;
