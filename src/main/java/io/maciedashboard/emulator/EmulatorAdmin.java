package io.maciedashboard.emulator;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
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
 * 0.05, "macieEnabled": false, "accessDenied": true}}: read or change the injected faults
 * (the members given are changed, the others kept); {@code "nextError": {"type":
 * "ConflictException", "message": "..."}} answers the next Macie request with that error.
 * With {@code "region"} and/or {@code "accountId"} in the body (or the query string of a
 * GET) they are the faults of that region and/or account only. {@code POST faults/clear}:
 * no faults anywhere.</li>
 * <li>{@code GET places}: the places served, with their job counts.</li>
 * </ul>
 */
final class EmulatorAdmin {

	record Answer(int status, byte[] body) {
	}

	private final EmulatorClock clock;

	private final FaultScopes faults;

	private final RequestCounters counters;

	private final Places places;

	private final JsonMapper json;

	EmulatorAdmin(EmulatorClock clock, FaultScopes faults, RequestCounters counters, Places places, JsonMapper json) {
		this.clock = clock;
		this.faults = faults;
		this.counters = counters;
		this.places = places;
		this.json = json;
	}

	Answer answer(String method, String path, String rawQuery, String contentType, byte[] body) {
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
				case "GET faults" -> {
					Map<String, List<String>> query = PathSegments.query(rawQuery);
					yield ok(faults(scope(first(query, "region"), first(query, "accountId"))));
				}
				case "POST faults" -> {
					JsonNode change = read(body);
					FaultScopes.Scope scope = scope(change.path("region").asString(null),
							change.path("accountId").asString(null));
					changeFaults(this.faults.in(scope), change);
					yield ok(faults(scope));
				}
				case "POST faults/clear" -> {
					this.faults.clear();
					yield ok(faults(FaultScopes.Scope.EVERYWHERE));
				}
				case "GET places" -> ok(places());
				default -> error(404, "The emulator has no admin action " + action + ".");
			};
		}
		catch (DateTimeParseException | IllegalArgumentException | JacksonException ex) {
			return error(400, "Bad admin request: " + ex.getMessage());
		}
	}

	private static FaultScopes.Scope scope(String region, String accountId) {
		return new FaultScopes.Scope(region, accountId);
	}

	private static String first(Map<String, List<String>> query, String name) {
		List<String> values = query.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	private static void changeFaults(Faults faults, JsonNode change) {
		if (change.has("latencyMillis")) {
			faults.latency(Duration.ofMillis(change.get("latencyMillis").asLong()));
		}
		if (change.has("throttlingShare")) {
			faults.throttlingShare(change.get("throttlingShare").asDouble());
		}
		if (change.has("internalErrorShare")) {
			faults.internalErrorShare(change.get("internalErrorShare").asDouble());
		}
		if (change.has("macieEnabled")) {
			faults.macieEnabled(change.get("macieEnabled").asBoolean());
		}
		if (change.has("accessDenied")) {
			faults.accessDenied(change.get("accessDenied").asBoolean());
		}
		if (change.has("nextError")) {
			JsonNode error = change.get("nextError");
			faults.failNextRequest(error.path("type").asString(),
					error.path("message").asString("Injected by the emulator's admin surface."));
		}
	}

	private List<Map<String, Object>> places() {
		return this.places.all().stream().map(place -> {
			Map<String, Object> described = new LinkedHashMap<>();
			described.put("region", place.region());
			described.put("accountId", place.accountId());
			described.put("default", place == this.places.defaultPlace());
			described.put("jobs", place.jobs().size());
			return described;
		}).toList();
	}

	private Map<String, Object> now() {
		return Map.of("now", this.clock.instant().toString());
	}

	private Map<String, Object> faults(FaultScopes.Scope scope) {
		Faults chosen = this.faults.in(scope);
		Map<String, Object> faults = new LinkedHashMap<>();
		if (scope.region() != null) {
			faults.put("region", scope.region());
		}
		if (scope.accountId() != null) {
			faults.put("accountId", scope.accountId());
		}
		faults.put("latencyMillis", chosen.latency().toMillis());
		faults.put("throttlingShare", chosen.throttlingShare());
		faults.put("internalErrorShare", chosen.internalErrorShare());
		faults.put("macieEnabled", chosen.macieEnabled());
		faults.put("accessDenied", chosen.accessDenied());
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
