/**
 * The audit trail: one row for every attempt to change a job (written before the change
 * is sent to Macie, so that no change goes unrecorded) and one for its outcome; the audit
 * page with its filters and CSV export for auditors and operators; a job's own history
 * for the job page; the retention task. It uses security/ (who is acting), web/ (request
 * ids) and database/ (the daily retention task), and the database through
 * {@link io.maciedashboard.audit.AuditRepository} alone.
 */
package io.maciedashboard.audit;
