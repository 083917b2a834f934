/**
 * The watcher: it reads Macie for what people are watching, once per watched thing per
 * interval whatever the number of viewers, keeps the latest observation for the pages'
 * polling fallback, and pushes each one to the pages' event streams (Server-Sent Events).
 * It knows nothing of jobs or pages: callers name what is watched by a key and give the
 * read. A change the dashboard made is read again at once here and announced to the other
 * instances ({@link io.maciedashboard.watch.Refreshes}). It may use Spring MVC (the event
 * stream), the database package's notices between instances and admission/ (a page
 * waiting for a first observation gives back its turn), nothing else of the dashboard.
 */
package io.maciedashboard.watch;
