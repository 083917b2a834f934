/**
 * How the dashboard reaches Macie: MacieJobs and MacieFindings (what jobs found, through
 * MacieJobs' shared reads), the only users of the AWS SDK; the places (a region of an
 * account, {@link io.maciedashboard.macie.Place}) and their clients, the project's own
 * records and errors, health, Macie's clock, and the configuration that starts the
 * emulator in mode {@code emulator}. It may use the SDK, emulator/ and admission/ (a
 * request gives back its turn while Macie answers), and nothing of the pages (jobs,
 * builder, security, web).
 */
package io.maciedashboard.macie;
