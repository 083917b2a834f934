package io.maciedashboard.watch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The watcher's settings (how often each thing is read is the page's own refresh
 * interval).
 *
 * @param streamTimeout how long one event stream stays open; the browser then opens a new
 * one by itself
 */
@ConfigurationProperties("dashboard.watch")
record WatchProperties(@DefaultValue("30m") Duration streamTimeout) {
}
