package io.maciedashboard.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The export's CSV (RFC 4180): every field quoted, and a field that a spreadsheet would
 * read as a formula (starting with {@code = + - @}, a tab or a carriage return) gets a
 * leading apostrophe, so that a job name or a message can never run as one.
 */
final class AuditCsv {

	static final List<String> HEADER = List.of("id", "time (UTC)", "subject", "name", "email", "groups", "account",
			"region", "job id", "job name", "action", "outcome", "message", "outcome time (UTC)", "client address",
			"request id", "create request");

	private AuditCsv() {
	}

	static void header(Writer out) {
		row(out, HEADER);
	}

	static void entry(Writer out, AuditEntry entry) {
		row(out, List.of(String.valueOf(entry.id()), string(entry.at()), nullToEmpty(entry.subject()),
				nullToEmpty(entry.displayName()), nullToEmpty(entry.email()), String.join(" ", entry.groups()),
				nullToEmpty(entry.account()), nullToEmpty(entry.region()), nullToEmpty(entry.jobId()),
				nullToEmpty(entry.jobName()), entry.action().name(), entry.outcomeOrUnknown().name(),
				nullToEmpty(entry.message()), string(entry.outcomeAt()), nullToEmpty(entry.clientAddress()),
				nullToEmpty(entry.requestId()), nullToEmpty(entry.requestJson())));
	}

	static String field(String value) {
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		return '"' + safe.replace("\"", "\"\"") + '"';
	}

	private static void row(Writer out, List<String> fields) {
		try {
			for (int i = 0; i < fields.size(); i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(field(fields.get(i)));
			}
			out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String string(Object value) {
		return (value != null) ? value.toString() : "";
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
