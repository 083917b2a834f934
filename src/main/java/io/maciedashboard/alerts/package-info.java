/**
 * Alerts: a slow sweep of every job in every place finds the events people must not miss
 * (a pause about to expire, a cancellation, a quota pause, a failed run, a finished job,
 * any change of a watched job), and delivers each exactly once through an outbox to the
 * channels people chose: email, webhooks (JSON, Slack, Teams) and a calendar feed. It
 * uses macie/ (reads), web/ and database/; pages use it, it never uses the pages.
 */
package io.maciedashboard.alerts;
