/**
 * The Macie Jobs Dashboard: the application class only. Each feature lives in its own
 * package beside it (jobs, builder, security, web over macie, which alone talks to Macie;
 * emulator, which imitates Macie and knows nothing of the rest); {@code ArchitectureTest}
 * keeps these boundaries.
 */
package io.maciedashboard;
