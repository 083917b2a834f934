/**
 * What every page shares: formatting of times, sizes, durations and schedules, sentences
 * for a job's scope, pause expiry, and the Thymeleaf dialects that hand them (and which
 * Macie serves the data) to the templates. It uses macie/'s records, and no controller.
 */
package io.maciedashboard.web;
