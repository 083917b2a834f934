package io.maciedashboard.emulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a request must show before the emulator answers it, so that no web page can drive
 * it: a browser's cross-site request (even a "simple" one that needs no CORS preflight)
 * or one sent to a DNS-rebound name. Refusals are Macie's AccessDeniedException.
 * <ul>
 * <li>No {@code Origin} header (API and admin surface): browsers add one to every
 * cross-origin request and to POSTs; the SDKs, the AWS CLI and plain HTTP clients do
 * not.</li>
 * <li>A {@code Host} naming the emulator's own address (API and admin surface): its host
 * and port, or localhost, 127.0.0.1 or [::1] with its port.</li>
 * <li>For Macie's API and STS, an AWS Signature Version 4 for that service: a well-formed
 * {@code Authorization} header, or a presigned URL's complete query. Signatures are not
 * verified: any credentials do. Its credential scope names the access key (which selects
 * the account) and the region.</li>
 * </ul>
 */
final class RequestGuard {

	private static final String SCOPE = "([^/\\s,]+)/\\d{8}/([a-z0-9-]+)/(macie2|sts)/aws4_request";

	private static final Pattern CREDENTIAL = Pattern.compile(SCOPE);

	private static final String SIGNED_HEADERS = "(?:[a-z0-9-]+;)*host(?:;[a-z0-9-]+)*";

	private static final Pattern AUTHORIZATION = Pattern.compile("AWS4-HMAC-SHA256 Credential=(" + SCOPE
			+ "),\\s*SignedHeaders=" + SIGNED_HEADERS + ",\\s*Signature=[0-9a-f]{64}");

	/** What each member of a presigned query must look like (values percent-decoded). */
	private static final Map<String, Pattern> PRESIGNED = Map.of("X-Amz-Algorithm", Pattern.compile("AWS4-HMAC-SHA256"),
			"X-Amz-Credential", Pattern.compile(SCOPE), "X-Amz-Date", Pattern.compile("\\d{8}T\\d{6}Z"),
			"X-Amz-SignedHeaders", Pattern.compile(SIGNED_HEADERS), "X-Amz-Signature", Pattern.compile("[0-9a-f]{64}"));

	private final Set<String> ownHosts;

	private final String endpoint;

	/**
	 * @param host the address the emulator was told to listen on
	 * @param boundAddress the address it listens on (an IP literal)
	 * @param port the port it listens on
	 */
	RequestGuard(String host, String boundAddress, int port) {
		this.ownHosts = Stream.of(host, boundAddress, "localhost", "127.0.0.1", "[::1]")
			.map(name -> hostAndPort(name, port))
			.collect(Collectors.toUnmodifiableSet());
		this.endpoint = "http://" + hostAndPort(host, port);
	}

	/** The access key and region a request was signed with, for a service. */
	record Credential(String accessKeyId, String region) {
	}

	/**
	 * Throws Macie's AccessDeniedException unless the request came from a program (no
	 * {@code Origin}) to this emulator's own address.
	 */
	void checkSource(String origin, String host) {
		if (origin != null) {
			throw denied("The request carries an Origin header, so a web page sent it: the emulator answers the "
					+ "AWS SDKs, the AWS CLI and other programs, never a browser.");
		}
		if (host == null || !this.ownHosts.contains(host.toLowerCase(Locale.ROOT))) {
			throw denied("The Host header (" + host + ") does not name this emulator (" + this.endpoint
					+ "): requests through another name are refused.");
		}
	}

	/**
	 * The credential a request for {@code service} ({@code macie2} or {@code sts}) was
	 * signed with; throws Macie's AccessDeniedException if it is not signed for it.
	 */
	Credential credential(String authorization, String rawQuery, String service) {
		String scope = scope(authorization, rawQuery);
		if (scope == null) {
			throw denied("The request is not signed: an AWS Signature Version 4 Authorization header "
					+ "(or a presigned URL's complete X-Amz-* query) is required.");
		}
		Matcher credential = CREDENTIAL.matcher(scope);
		credential.matches();
		if (!credential.group(3).equals(service)) {
			throw denied("The request is signed for the service " + credential.group(3) + ", not " + service + ".");
		}
		return new Credential(credential.group(1), credential.group(2));
	}

	/** The signature's credential scope, or null when the request is not signed. */
	private static String scope(String authorization, String rawQuery) {
		if (authorization != null) {
			Matcher header = AUTHORIZATION.matcher(authorization);
			return header.matches() ? header.group(1) : null;
		}
		Map<String, List<String>> query = PathSegments.query(rawQuery);
		boolean presigned = PRESIGNED.entrySet().stream().allMatch(member -> {
			List<String> values = query.getOrDefault(member.getKey(), List.of());
			return values.size() == 1 && member.getValue().matcher(values.get(0)).matches();
		});
		return presigned ? query.get("X-Amz-Credential").get(0) : null;
	}

	private static String hostAndPort(String host, int port) {
		String name = host.toLowerCase(Locale.ROOT);
		return (name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name) + ":" + port;
	}

	private static MacieError denied(String message) {
		return new MacieError(MacieError.Type.ACCESS_DENIED, message);
	}

}
