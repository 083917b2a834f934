/**
 * The job builder ({@code /jobs/new}): its controller, the form objects, their
 * validation, the form to job definition mapping, the bucket preview and the review. It
 * uses macie/ (records and MacieJobs), web/ (shared view helpers) and security/ (the
 * audit log), never the AWS SDK.
 */
package io.maciedashboard.builder;
