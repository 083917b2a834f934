package io.maciedashboard.findings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

import io.maciedashboard.macie.Place;

/**
 * Where a job's findings and a finding are:
 * {@code /jobs/{accountId}/{region}/{jobId}/findings} (with the filters as query
 * parameters) and {@code .../findings/{findingId}}, under the job page's address.
 */
public final class FindingLinks {

	static final String LIST = "/jobs/{accountId}/{region}/{jobId}/findings";

	static final String FINDING = LIST + "/{findingId}";

	private FindingLinks() {
	}

	/** A job's unarchived findings. */
	public static String list(Place place, String jobId) {
		return place.jobPath(jobId) + "/findings";
	}

	/** A job's unarchived findings with one filter, e.g. severity=High. */
	public static String list(Place place, String jobId, String parameter, String value) {
		return list(place, jobId) + query(Map.of(parameter, value));
	}

	static String finding(Place place, String jobId, String findingId) {
		return list(place, jobId) + "/" + findingId;
	}

	/**
	 * "?a=1&amp;b=2" of the parameters in their order, or "" for none. Values are
	 * form-encoded ("+" of a page token as %2B, which a plain "+" would not survive).
	 */
	static String query(Map<String, String> parameters) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		parameters.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return query.toString();
	}

}
