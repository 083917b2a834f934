package io.maciedashboard.watch;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A page's event stream of one watched thing: an {@code observed} event for each
 * observation, on which the page fetches its live part (served from
 * {@link Watcher#latest}). The stream holds no thread while it waits; its subscription
 * ends with it.
 */
public class EventStreams {

	/** The name of the event htmx's SSE extension hands to the page. */
	public static final String OBSERVED = "observed";

	private final Watcher watcher;

	private final Duration timeout;

	EventStreams(Watcher watcher, Duration timeout) {
		this.watcher = watcher;
		this.timeout = timeout;
	}

	public <T> SseEmitter open(Object key, Duration interval, Supplier<T> read) {
		SseEmitter stream = new SseEmitter(this.timeout.toMillis());
		try {
			// sent at once, so that the browser knows the stream is open
			stream.send(SseEmitter.event().comment("watching"));
		}
		catch (IOException ex) {
			stream.completeWithError(ex);
			return stream;
		}
		Watcher.Subscription subscription = this.watcher.subscribe(key, interval, read, (observation) -> {
			try {
				stream.send(SseEmitter.event().name(OBSERVED).data(observation.at().toString()));
			}
			catch (IOException | IllegalStateException ex) {
				// the browser went away: the callbacks below end the subscription
				stream.completeWithError(ex);
			}
		});
		stream.onCompletion(subscription::close);
		stream.onTimeout(subscription::close);
		stream.onError((ex) -> subscription.close());
		return stream;
	}

}
