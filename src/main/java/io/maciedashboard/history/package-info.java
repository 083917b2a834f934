/**
 * What the dashboard remembers of each job: every observation of a job (a
 * {@link io.maciedashboard.macie.JobObserved}) that differs from the one before is stored
 * with its time, and read back as the job page's run timeline, the trend of objects still
 * to process and an estimate of the time left, and as the job list's time left. Old rows
 * go after {@code dashboard.history.retention}. It uses macie/ (records and the event),
 * web/ (durations in words) and database/ (the shared retention task), and the database
 * through {@link io.maciedashboard.history.ObservationRepository} alone; never the pages
 * (jobs/ uses it).
 */
package io.maciedashboard.history;
