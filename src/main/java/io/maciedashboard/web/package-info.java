/**
 * What every page shares: Macie's values in words (one vocabulary), formatting of times,
 * sizes, durations and schedules, sentences for a job's scope, pause expiry, and the
 * Thymeleaf dialects that hand them (and which Macie serves the data) to the templates,
 * one flash message per page, binding problems in plain words and each request's id
 * ({@code X-Request-Id}). It uses macie/'s records, and no controller.
 */
package io.maciedashboard.web;
