package io.maciedashboard.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * send, finds the operation and the place (the signature's region, the access key's
 * account), applies the injected faults, counts the request and writes the answer or
 * Macie's error. The paths under {@code /_emulator/} go to the admin surface, and
 * {@code /} to STS.
 */
final class MacieHttpServer {

	static final String ADMIN_PREFIX = "/_emulator/";

	private static final System.Logger logger = System.getLogger(MacieHttpServer.class.getName());

	private static final int THREADS = 4;

	private static final String NO_DELAY = "sun.net.httpserver.nodelay";

	private final List<Route> routes = MacieOperations.routes();

	private final Places places;

	private final AccessKeys keys;

	private final SecurityTokenService sts;

	private final EmulatorAdmin admin;

	private final FaultScopes faults;

	private final RequestCounters counters;

	private final JsonMapper json;

	private HttpServer server;

	private ExecutorService executor;

	private RequestGuard guard;

	MacieHttpServer(Places places, AccessKeys keys, SecurityTokenService sts, EmulatorAdmin admin, FaultScopes faults,
			RequestCounters counters, JsonMapper json) {
		this.places = places;
		this.keys = keys;
		this.sts = sts;
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

	/**
	 * Routes one request; Macie's operations then answer for the place it was signed for.
	 */
	List<Route> routes() {
		return this.routes;
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			String rawPath = exchange.getRequestURI().getRawPath();
			byte[] body = exchange.getRequestBody().readAllBytes();
			String requestId = UUID.randomUUID().toString();
			exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
			boolean sts = rawPath.equals("/");
			try {
				Headers headers = exchange.getRequestHeaders();
				this.guard.checkSource(headers.getFirst("Origin"), headers.getFirst("Host"));
				if (rawPath.startsWith(ADMIN_PREFIX)) {
					EmulatorAdmin.Answer answer = this.admin.answer(exchange.getRequestMethod(),
							rawPath.substring(ADMIN_PREFIX.length()), exchange.getRequestURI().getRawQuery(),
							headers.getFirst("Content-Type"), body);
					write(exchange, answer.status(), answer.body());
					return;
				}
				if (sts) {
					answerSts(exchange, body, requestId);
					return;
				}
				answerMacie(exchange, rawPath, body);
			}
			catch (MacieError error) {
				if (sts) {
					writeSts(exchange, SecurityTokenService.error(error.type().status(), "AccessDenied",
							error.getMessage(), requestId));
					return;
				}
				writeError(exchange, error);
			}
			catch (RuntimeException ex) {
				logger.log(System.Logger.Level.ERROR,
						"The Macie emulator failed to answer " + exchange.getRequestMethod() + " " + rawPath, ex);
				writeError(exchange, new MacieError(MacieError.Type.INTERNAL_SERVER, "An internal error occurred."));
			}
		}
	}

	/** STS's query protocol: the parameters come in the query string or a form body. */
	private void answerSts(HttpExchange exchange, byte[] body, String requestId) throws IOException {
		Headers headers = exchange.getRequestHeaders();
		String rawQuery = exchange.getRequestURI().getRawQuery();
		RequestGuard.Credential credential = this.guard.credential(headers.getFirst("Authorization"), rawQuery, "sts");
		Map<String, List<String>> parameters = PathSegments.query(rawQuery);
		String contentType = headers.getFirst("Content-Type");
		if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
			PathSegments.query(new String(body, StandardCharsets.UTF_8))
				.forEach((name, values) -> parameters.computeIfAbsent(name, any -> new ArrayList<>()).addAll(values));
		}
		String action = SecurityTokenService.action(parameters);
		if (action != null) {
			this.counters.increment(action);
		}
		writeSts(exchange, this.sts.answer(parameters, this.keys.caller(credential.accessKeyId()), requestId));
	}

	private void answerMacie(HttpExchange exchange, String rawPath, byte[] body) throws IOException {
		Headers headers = exchange.getRequestHeaders();
		String rawQuery = exchange.getRequestURI().getRawQuery();
		RequestGuard.Credential credential = this.guard.credential(headers.getFirst("Authorization"), rawQuery,
				"macie2");
		List<String> segments = PathSegments.split(rawPath);
		String method = exchange.getRequestMethod();
		for (Route route : this.routes) {
			Optional<Map<String, String>> parameters = route.match(method, segments);
			if (parameters.isPresent()) {
				this.counters.increment(route.operation());
				Call call = new Call(parameters.get(), PathSegments.query(rawQuery), body, this.json);
				Object response = answer(route, call, credential);
				write(exchange, route.successStatus(),
						(route.successStatus() == 204) ? null : this.json.writeValueAsBytes(response));
				return;
			}
		}
		throw new MacieError(MacieError.Type.UNKNOWN_OPERATION,
				"The emulator serves no Macie operation at " + method + " " + rawPath);
	}

	private Object answer(Route route, Call call, RequestGuard.Credential credential) {
		AccessKeys.Caller caller = this.keys.caller(credential.accessKeyId());
		String region = credential.region();
		pause(this.faults.latency(region, caller.accountId()));
		Optional<MacieError> fault = this.faults.nextFault(region, caller.accountId(), route.operation(), caller.arn());
		if (fault.isPresent()) {
			throw fault.get();
		}
		Place place = this.places.find(region, caller.accountId())
			.orElseThrow(() -> new MacieError(MacieError.Type.ACCESS_DENIED, Faults.NOT_ENABLED_MESSAGE));
		return route.handler().answer(place, call);
	}

	private static void pause(java.time.Duration latency) {
		long millis = latency.toMillis();
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

	private static void writeSts(HttpExchange exchange, SecurityTokenService.Answer answer) throws IOException {
		byte[] body = answer.xml().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/xml");
		exchange.sendResponseHeaders(answer.status(), body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
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
