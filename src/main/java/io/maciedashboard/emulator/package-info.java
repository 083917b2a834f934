/**
 * An emulated Amazon Macie: an HTTP server speaking Macie's REST-JSON wire protocol, its
 * own model of Macie (jobs and their lifecycle on a movable clock, validation, paging,
 * seed data, faults) and the {@code /_emulator/} admin surface. Plain Java: it uses only
 * the JDK and Jackson, imports nothing of the dashboard (macie/ adapts it), and runs
 * alone through {@link io.maciedashboard.emulator.MacieEmulator#main}.
 */
package io.maciedashboard.emulator;
