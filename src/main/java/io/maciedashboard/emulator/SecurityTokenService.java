package io.maciedashboard.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The two AWS STS actions a Macie client needs, on the emulator's own port and in STS's
 * query protocol (form-encoded parameters in, XML out): {@code AssumeRole}, whose
 * temporary credentials act in the role's account, and {@code GetCallerIdentity}. Roles
 * are those of the seed's {@code roles.json}, each with an optional external ID that the
 * caller must then give; without that file every role may be assumed.
 */
final class SecurityTokenService {

	static final String VERSION = "2011-06-15";

	private static final String NAMESPACE = "https://sts.amazonaws.com/doc/" + VERSION + "/";

	private static final Pattern ROLE_ARN = Pattern
		.compile("arn:aws:iam::(\\d{12}):role/(?:[\\w+=,.@-]+/)*([\\w+=,.@-]{1,64})");

	private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");

	private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");

	/** A role's default (and the emulator's only) maximum session: one hour. */
	private static final int LONGEST_SESSION_SECONDS = 3600;

	private static final int SHORTEST_SESSION_SECONDS = 900;

	/**
	 * A role that may be assumed; with an external ID, only by a caller that gives it.
	 */
	record Role(String arn, String externalId) {
	}

	/** An STS answer: the HTTP status and the XML body. */
	record Answer(int status, String xml) {
	}

	private static final class StsError extends RuntimeException {

		private final int status;

		private final String code;

		StsError(int status, String code, String message) {
			super(message, null, false, false);
			this.status = status;
			this.code = code;
		}

	}

	private final Map<String, Role> roles;

	private final AccessKeys keys;

	private final Clock wallClock;

	/**
	 * @param roles the roles that may be assumed; null: any
	 * @param wallClock real time, for the credentials' expiry (the SDKs compare it with
	 * their own clock, not the emulator's)
	 */
	SecurityTokenService(List<Role> roles, AccessKeys keys, Clock wallClock) {
		this.roles = (roles != null) ? roles.stream().collect(Collectors.toMap(Role::arn, Function.identity())) : null;
		this.keys = keys;
		this.wallClock = wallClock;
	}

	/** The action a request names (for counting), or null. */
	static String action(Map<String, List<String>> parameters) {
		return first(parameters, "Action");
	}

	Answer answer(Map<String, List<String>> parameters, AccessKeys.Caller caller, String requestId) {
		try {
			String action = action(parameters);
			if (action == null) {
				throw new StsError(400, "MissingAction", "Missing Action");
			}
			if (!VERSION.equals(first(parameters, "Version"))) {
				throw new StsError(400, "InvalidAction",
						"Could not find operation " + action + " for version " + first(parameters, "Version"));
			}
			String result = switch (action) {
				case "AssumeRole" -> assumeRole(parameters, caller);
				case "GetCallerIdentity" -> identity(caller);
				default -> throw new StsError(400, "InvalidAction",
						"Could not find operation " + action + " for version " + VERSION);
			};
			return new Answer(200,
					"<" + action + "Response xmlns=\"" + NAMESPACE + "\">\n  <" + action + "Result>\n" + result + "  </"
							+ action + "Result>\n  <ResponseMetadata>\n    <RequestId>" + requestId
							+ "</RequestId>\n  </ResponseMetadata>\n</" + action + "Response>\n");
		}
		catch (StsError error) {
			return error(error.status, error.code, error.getMessage(), requestId);
		}
	}

	/** An error as STS writes it. */
	static Answer error(int status, String code, String message, String requestId) {
		return new Answer(status,
				"<ErrorResponse xmlns=\"" + NAMESPACE + "\">\n  <Error>\n    <Type>Sender</Type>\n    <Code>" + code
						+ "</Code>\n    <Message>" + xml(message) + "</Message>\n  </Error>\n  <RequestId>" + requestId
						+ "</RequestId>\n</ErrorResponse>\n");
	}

	private String assumeRole(Map<String, List<String>> parameters, AccessKeys.Caller caller) {
		String roleArn = required(parameters, "RoleArn");
		String sessionName = required(parameters, "RoleSessionName");
		Matcher role = ROLE_ARN.matcher(roleArn);
		if (!role.matches()) {
			throw invalid(roleArn, "roleArn", "Member must satisfy regular expression pattern: " + ROLE_ARN.pattern());
		}
		if (!SESSION_NAME.matcher(sessionName).matches()) {
			throw invalid(sessionName, "roleSessionName",
					"Member must satisfy regular expression pattern: [\\w+=,.@-]* and have length between 2 and 64");
		}
		String externalId = first(parameters, "ExternalId");
		if (externalId != null && !EXTERNAL_ID.matcher(externalId).matches()) {
			throw invalid(externalId, "externalId",
					"Member must satisfy regular expression pattern: [\\w+=,.@:\\/-]* and have length between 2 and 1224");
		}
		int seconds = durationSeconds(parameters);
		Role known = (this.roles != null) ? this.roles.get(roleArn) : new Role(roleArn, null);
		if (known == null || (known.externalId() != null && !known.externalId().equals(externalId))) {
			throw new StsError(403, "AccessDenied",
					"User: " + caller.arn() + " is not authorized to perform: sts:AssumeRole on resource: " + roleArn);
		}
		String account = role.group(1);
		String roleId = "AROA" + Hashing.letters(roleArn, 17);
		String random = UUID.randomUUID().toString();
		AccessKeys.Caller session = new AccessKeys.Caller("ASIA" + Hashing.letters(random, 16), account,
				"arn:aws:sts::" + account + ":assumed-role/" + role.group(2) + "/" + sessionName,
				roleId + ":" + sessionName);
		this.keys.issue(session);
		String expiration = this.wallClock.instant()
			.plus(Duration.ofSeconds(seconds))
			.truncatedTo(ChronoUnit.SECONDS)
			.toString();
		return "    <AssumedRoleUser>\n      <AssumedRoleId>" + xml(session.userId()) + "</AssumedRoleId>\n      <Arn>"
				+ xml(session.arn()) + "</Arn>\n    </AssumedRoleUser>\n    <Credentials>\n      <AccessKeyId>"
				+ session.accessKeyId() + "</AccessKeyId>\n      <SecretAccessKey>"
				+ Hashing.letters("secret " + random, 40) + "</SecretAccessKey>\n      <SessionToken>"
				+ Hashing.letters("token " + random, 60) + "</SessionToken>\n      <Expiration>" + expiration
				+ "</Expiration>\n    </Credentials>\n";
	}

	private static String identity(AccessKeys.Caller caller) {
		return "    <Arn>" + xml(caller.arn()) + "</Arn>\n    <UserId>" + xml(caller.userId())
				+ "</UserId>\n    <Account>" + caller.accountId() + "</Account>\n";
	}

	private static int durationSeconds(Map<String, List<String>> parameters) {
		String value = first(parameters, "DurationSeconds");
		if (value == null) {
			return LONGEST_SESSION_SECONDS;
		}
		int seconds;
		try {
			seconds = Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw invalid(value, "durationSeconds", "Member must be a whole number");
		}
		if (seconds < SHORTEST_SESSION_SECONDS) {
			throw invalid(value, "durationSeconds", "Member must have value greater than or equal to 900");
		}
		if (seconds > LONGEST_SESSION_SECONDS) {
			throw new StsError(400, "ValidationError",
					"The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
		}
		return seconds;
	}

	private static String required(Map<String, List<String>> parameters, String name) {
		String value = first(parameters, name);
		if (value == null) {
			throw new StsError(400, "MissingParameter",
					"The request must contain the parameter " + name.substring(0, 1).toLowerCase() + name.substring(1));
		}
		return value;
	}

	private static StsError invalid(String value, String member, String constraint) {
		return new StsError(400, "ValidationError", "1 validation error detected: Value '" + value + "' at '" + member
				+ "' failed to satisfy constraint: " + constraint);
	}

	private static String first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
