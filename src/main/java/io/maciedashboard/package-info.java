/**
 * The Macie Jobs Dashboard: the application class only. Each feature lives in its own
 * package beside it (jobs, builder, audit, history, security, web over macie, which alone
 * talks to Macie; database for what the whole database needs; emulator, which imitates
 * Macie and knows nothing of the rest); {@code ArchitectureTest} keeps these boundaries.
 */
package io.maciedashboard;
