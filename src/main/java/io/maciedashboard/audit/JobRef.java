package io.maciedashboard.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The job an audit row is about, as far as it is known; its place (region and account) is
 * read from its ARN.
 *
 * @param jobId the job's id, or null (a create before Macie answered)
 * @param name the job's name, or null
 * @param arn the job's ARN, or null
 */
public record JobRef(String jobId, String name, String arn) {

	private static final Pattern ARN = Pattern.compile("arn:[^:]+:macie2:([^:]*):([^:]*):.*");

	public static JobRef id(String jobId) {
		return new JobRef(jobId, null, null);
	}

	String region() {
		Matcher arn = matched();
		return (arn != null && !arn.group(1).isEmpty()) ? arn.group(1) : null;
	}

	String account() {
		Matcher arn = matched();
		return (arn != null && !arn.group(2).isEmpty()) ? arn.group(2) : null;
	}

	private Matcher matched() {
		if (this.arn == null) {
			return null;
		}
		Matcher matcher = ARN.matcher(this.arn);
		return matcher.matches() ? matcher : null;
	}

}
