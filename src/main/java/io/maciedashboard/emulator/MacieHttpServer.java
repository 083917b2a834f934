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

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator's HTTP front door: lets the {@link RequestGuard} refuse what no SDK would
 * send, finds the operation, applies the injected faults, counts the request and writes
 * the answer or Macie's error. The paths under {@code /_emulator/} go to the admin
 * surface instead.
 */
final class MacieHttpServer {

	static final String ADMIN_PREFIX = "/_emulator/";

	private static final System.Logger logger = System.getLogger(MacieHttpServer.class.getName());

	private static final int THREADS = 4;

	private static final String NO_DELAY = "sun.net.httpserver.nodelay";

	private final List<Route> routes;

	private final EmulatorAdmin admin;

	private final Faults faults;

	private final RequestCounters counters;

	private final JsonMapper json;

	private HttpServer server;

	private ExecutorService executor;

	private RequestGuard guard;

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
		InetSocketAddress address = this.server.getAddress();
		this.guard = new RequestGuard(host, address.getAddress().getHostAddress(), address.getPort());
		this.server.start();
		return address;
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
			exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
			try {
				boolean admin = rawPath.startsWith(ADMIN_PREFIX);
				Headers headers = exchange.getRequestHeaders();
				this.guard.check(headers.getFirst("Origin"), headers.getFirst("Host"),
						headers.getFirst("Authorization"), exchange.getRequestURI().getRawQuery(), !admin);
				if (admin) {
					EmulatorAdmin.Answer answer = this.admin.answer(exchange.getRequestMethod(),
							rawPath.substring(ADMIN_PREFIX.length()), headers.getFirst("Content-Type"), body);
					write(exchange, answer.status(), answer.body());
					return;
				}
				answerMacie(exchange, rawPath, body);
			}
			catch (MacieError error) {
				writeError(exchange, error);
			}
			catch (RuntimeException ex) {
				logger.log(System.Logger.Level.ERROR,
						"The Macie emulator failed to answer " + exchange.getRequestMethod() + " " + rawPath, ex);
				writeError(exchange, new MacieError(MacieError.Type.INTERNAL_SERVER, "An internal error occurred."));
			}
		}
	}

	private void answerMacie(HttpExchange exchange, String rawPath, byte[] body) throws IOException {
		List<String> segments = PathSegments.split(rawPath);
		String method = exchange.getRequestMethod();
		for (Route route : this.routes) {
			Optional<Map<String, String>> parameters = route.match(method, segments);
			if (parameters.isPresent()) {
				this.counters.increment(route.operation());
				Call call = new Call(parameters.get(), PathSegments.query(exchange.getRequestURI().getRawQuery()), body,
						this.json);
				Object response = answer(route, call);
				write(exchange, route.successStatus(),
						(route.successStatus() == 204) ? null : this.json.writeValueAsBytes(response));
				return;
			}
		}
		throw new MacieError(MacieError.Type.UNKNOWN_OPERATION,
				"The emulator serves no Macie operation at " + method + " " + rawPath);
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
