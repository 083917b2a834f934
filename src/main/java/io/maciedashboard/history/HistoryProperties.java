package io.maciedashboard.history;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The job history's settings.
 *
 * @param retention how long observations are kept (90 days by default, as long as Macie
 * keeps findings); a daily task deletes older ones
 * @param rateWindow how far back the estimate of the time left measures the rate of
 * objects processed
 */
@ConfigurationProperties("dashboard.history")
public record HistoryProperties(@DefaultValue("90d") Duration retention, @DefaultValue("30m") Duration rateWindow) {
}
