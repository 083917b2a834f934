package io.maciedashboard.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator's HTTP front door: checks the signature, finds the operation, applies the
 * injected faults, counts the request and writes the answer or Macie's error. The paths
 * under {@code /_emulator/} go to the admin surface instead.
 */
final class MacieHttpServer {

	static final String ADMIN_PREFIX = "/_emulator/";

	private static final Logger logger = LoggerFactory.getLogger(MacieHttpServer.class);

	private static final int THREADS = 4;

	private static final String NO_DELAY = "sun.net.httpserver.nodelay";

	private final List<Route> routes;

	private final EmulatorAdmin admin;

	private final Faults faults;

	private final RequestCounters counters;

	private final JsonMapper json;

	private HttpServer server;

	private ExecutorService executor;

	MacieHttpServer(List<Route> routes, EmulatorAdmin admin, Faults faults, RequestCounters counters, JsonMapper json) {
		this.routes = routes;
		this.admin = admin;
		this.faults = faults;
		this.counters = counters;
		this.json = json;
	}

	InetSocketAddress start(String host, int port) throws IOException {
		// the JDK server writes headers and body apart: without TCP_NODELAY every answer
		// waits ~40 ms for a delayed ACK
		if (System.getProperty(NO_DELAY) == null) {
			System.setProperty(NO_DELAY, "true");
		}
		AtomicInteger threadNumber = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(THREADS, runnable -> {
			Thread thread = new Thread(runnable, "macie-emulator-" + threadNumber.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::serve);
		this.server.start();
		return this.server.getAddress();
	}

	void stop() {
		if (this.server != null) {
			this.server.stop(0);
			this.executor.shutdownNow();
			this.server = null;
		}
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			String rawPath = exchange.getRequestURI().getRawPath();
			byte[] body = exchange.getRequestBody().readAllBytes();
			if (rawPath.startsWith(ADMIN_PREFIX)) {
				EmulatorAdmin.Answer answer = this.admin.answer(exchange.getRequestMethod(),
						rawPath.substring(ADMIN_PREFIX.length()), exchange.getRequestHeaders().getFirst("Content-Type"),
						body);
				write(exchange, answer.status(), answer.body());
				return;
			}
			answerMacie(exchange, rawPath, body);
		}
	}

	private void answerMacie(HttpExchange exchange, String rawPath, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
		try {
			requireSignature(exchange.getRequestHeaders().getFirst("Authorization"),
					exchange.getRequestURI().getRawQuery());
			List<String> segments = PathSegments.split(rawPath);
			String method = exchange.getRequestMethod();
			for (Route route : this.routes) {
				Optional<Map<String, String>> parameters = route.match(method, segments);
				if (parameters.isPresent()) {
					this.counters.increment(route.operation());
					Call call = new Call(parameters.get(), PathSegments.query(exchange.getRequestURI().getRawQuery()),
							body, this.json);
					Object response = answer(route, call);
					write(exchange, route.successStatus(),
							(route.successStatus() == 204) ? null : this.json.writeValueAsBytes(response));
					return;
				}
			}
			throw new MacieError(MacieError.Type.UNKNOWN_OPERATION,
					"The emulator serves no Macie operation at " + method + " " + rawPath);
		}
		catch (MacieError error) {
			writeError(exchange, error);
		}
		catch (RuntimeException ex) {
			logger.error("The Macie emulator failed to answer {} {}", exchange.getRequestMethod(), rawPath, ex);
			writeError(exchange, new MacieError(MacieError.Type.INTERNAL_SERVER, "An internal error occurred."));
		}
	}

	private Object answer(Route route, Call call) {
		pause();
		Optional<MacieError> fault = this.faults.nextFault();
		if (fault.isPresent()) {
			throw fault.get();
		}
		return route.handler().answer(call);
	}

	private void pause() {
		long millis = this.faults.latency().toMillis();
		if (millis > 0) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Any SigV4 signature is accepted (no credentials are checked), in the Authorization
	 * header or in the query string of a presigned URL; a request without one is refused,
	 * as AWS does.
	 */
	private static void requireSignature(String authorization, String rawQuery) {
		boolean signedHeader = authorization != null && authorization.startsWith("AWS4-HMAC-SHA256 ")
				&& authorization.contains("Credential=") && authorization.contains("Signature=");
		boolean presigned = rawQuery != null && rawQuery.contains("X-Amz-Algorithm=AWS4-HMAC-SHA256")
				&& rawQuery.contains("X-Amz-Signature=");
		if (!signedHeader && !presigned) {
			throw new MacieError(MacieError.Type.ACCESS_DENIED,
					"The request is not signed: an AWS Signature Version 4 Authorization header is required.");
		}
	}

	private void writeError(HttpExchange exchange, MacieError error) throws IOException {
		exchange.getResponseHeaders().set("X-Amzn-ErrorType", error.type().shapeName());
		write(exchange, error.type().status(), this.json.writeValueAsBytes(Map.of("message", error.getMessage())));
	}

	private static void write(HttpExchange exchange, int status, byte[] body) throws IOException {
		if (body == null) {
			exchange.sendResponseHeaders(status, -1);
			return;
		}
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
