package io.maciedashboard.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;

/**
 * Writes one line per mutating action to the {@code io.maciedashboard.audit} logger: who
 * (subject and e-mail from the identity provider), what, which job and the result. The
 * line reads as {@code key="value"} pairs, and the same pairs are attached as SLF4J
 * key-values so structured logging ({@code logging.structured.format.console=ecs}) emits
 * them as fields.
 */
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger("io.maciedashboard.audit");

	public void record(Authentication who, String action, String jobId, String result) {
		String subject = (who != null) ? SignedInUser.subject(who) : "anonymous";
		String email = (who != null) ? SignedInUser.email(who) : null;
		log.atInfo()
			.addKeyValue("subject", subject)
			.addKeyValue("email", email)
			.addKeyValue("action", action)
			.addKeyValue("job", jobId)
			.addKeyValue("result", result)
			.log("audit subject={} email={} action={} job={} result={}", quoted(subject), quoted(email), quoted(action),
					quoted(jobId), quoted(result));
	}

	/**
	 * Quoted and escaped so that a value can never forge another field or another line,
	 * nor read differently from what it is: control and format characters (such as
	 * U+202E, which reverses the text after it) and the Unicode line and paragraph
	 * separators are written as {@code \\uXXXX} escapes (a character outside the BMP as
	 * its UTF-16 pair).
	 */
	static String quoted(String value) {
		if (value == null) {
			return "-";
		}
		StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
		value.codePoints().forEach((c) -> {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (isHidden(c)) {
						for (char unit : Character.toChars(c)) {
							quoted.append(String.format("\\u%04x", (int) unit));
						}
					}
					else {
						quoted.appendCodePoint(c);
					}
				}
			}
		});
		return quoted.append('"').toString();
	}

	private static boolean isHidden(int c) {
		return switch (Character.getType(c)) {
			case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
					Character.SURROGATE ->
				true;
			default -> false;
		};
	}

}
