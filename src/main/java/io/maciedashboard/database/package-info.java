/**
 * The database as a whole: sessions that keep working while it is down (in this
 * instance's memory until it answers again), and a start-up failure that names the
 * property to check when it cannot be reached; the daily retention task that runs each
 * feature's {@link io.maciedashboard.database.Retention} under its lock; on PostgreSQL,
 * notices between the instances that share it
 * ({@link io.maciedashboard.database.InstanceNotices}, LISTEN/NOTIFY). The schema is
 * Flyway's ({@code db/migration}); each feature reads and writes its own tables through
 * its own repository. It depends on no other feature package.
 */
package io.maciedashboard.database;
