package io.maciedashboard.emulator;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator's own controls, beside Macie's API under {@code /_emulator/}: no signature
 * needed, but like the API they answer no request with an {@code Origin} or a foreign
 * {@code Host} ({@link RequestGuard}); POSTs take {@code application/json}:
 * <ul>
 * <li>{@code GET clock}, {@code POST clock/advance {"by": "PT6H"}}: read or move the
 * clock forward.</li>
 * <li>{@code GET counters}, {@code POST counters/reset}: requests per Macie
 * operation.</li>
 * <li>{@code GET faults},
 * {@code POST faults {"latencyMillis": 200, "throttlingShare": 0.1, "internalErrorShare":
 * 0.05, "macieEnabled": false}}: read or change the injected faults (the members given
 * are changed, the others kept); {@code "nextError": {"type": "ConflictException",
 * "message": "..."}} answers the next Macie request with that error.</li>
 * </ul>
 */
final class EmulatorAdmin {

	record Answer(int status, byte[] body) {
	}

	private final EmulatorClock clock;

	private final Faults faults;

	private final RequestCounters counters;

	private final JsonMapper json;

	EmulatorAdmin(EmulatorClock clock, Faults faults, RequestCounters counters, JsonMapper json) {
		this.clock = clock;
		this.faults = faults;
		this.counters = counters;
		this.json = json;
	}

	Answer answer(String method, String path, String contentType, byte[] body) {
		String action = method + " " + path;
		if (method.equals("POST") && (contentType == null || !contentType.startsWith("application/json"))) {
			return error(415, "The emulator's admin POSTs take Content-Type: application/json.");
		}
		try {
			return switch (action) {
				case "GET clock" -> ok(now());
				case "POST clock/advance" -> {
					this.clock.advance(Duration.parse(read(body).path("by").asString()));
					yield ok(now());
				}
				case "GET counters" -> ok(this.counters.snapshot());
				case "POST counters/reset" -> {
					this.counters.reset();
					yield ok(this.counters.snapshot());
				}
				case "GET faults" -> ok(faults());
				case "POST faults" -> {
					changeFaults(read(body));
					yield ok(faults());
				}
				default -> error(404, "The emulator has no admin action " + action + ".");
			};
		}
		catch (DateTimeParseException | IllegalArgumentException | JacksonException ex) {
			return error(400, "Bad admin request: " + ex.getMessage());
		}
	}

	private void changeFaults(JsonNode change) {
		if (change.has("latencyMillis")) {
			this.faults.latency(Duration.ofMillis(change.get("latencyMillis").asLong()));
		}
		if (change.has("throttlingShare")) {
			this.faults.throttlingShare(change.get("throttlingShare").asDouble());
		}
		if (change.has("internalErrorShare")) {
			this.faults.internalErrorShare(change.get("internalErrorShare").asDouble());
		}
		if (change.has("macieEnabled")) {
			this.faults.macieEnabled(change.get("macieEnabled").asBoolean());
		}
		if (change.has("nextError")) {
			JsonNode error = change.get("nextError");
			this.faults.failNextRequest(error.path("type").asString(),
					error.path("message").asString("Injected by the emulator's admin surface."));
		}
	}

	private Map<String, Object> now() {
		return Map.of("now", this.clock.instant().toString());
	}

	private Map<String, Object> faults() {
		Map<String, Object> faults = new LinkedHashMap<>();
		faults.put("latencyMillis", this.faults.latency().toMillis());
		faults.put("throttlingShare", this.faults.throttlingShare());
		faults.put("internalErrorShare", this.faults.internalErrorShare());
		faults.put("macieEnabled", this.faults.macieEnabled());
		return faults;
	}

	private JsonNode read(byte[] body) {
		return this.json.readTree((body.length == 0) ? "{}".getBytes() : body);
	}

	private Answer ok(Object value) {
		return new Answer(200, this.json.writeValueAsBytes(value));
	}

	private Answer error(int status, String message) {
		return new Answer(status, this.json.writeValueAsBytes(Map.of("message", message)));
	}

}
