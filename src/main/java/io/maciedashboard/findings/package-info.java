/**
 * What jobs found: the Results section of the job page ({@link JobResults}), a job's
 * findings ({@code /jobs/{accountId}/{region}/{jobId}/findings}, filters and sort in the
 * URL) and a finding's page ({@code .../findings/{findingId}}). It uses macie/ (records,
 * MacieJobs and MacieFindings) and web/, never the AWS SDK; jobs/ uses it for the job
 * page's section and the job list's links.
 */
package io.maciedashboard.findings;
