package io.maciedashboard.alerts;

import java.time.Instant;

/** Alert messages for the channels' tests. */
final class SampleAlerts {

	static final Instant OCCURRED_AT = Instant.parse("2026-12-02T00:30:00Z");

	static final String JOB_URL = "https://dashboard.example.com/jobs/111122223333/us-east-1/3ce05dbb7ec5505def334104bf8c4b5c";

	private SampleAlerts() {
	}

	static AlertMessage expiryIn24Hours() {
		return withName("Weekly PII scan");
	}

	/** A job named by someone who hoped its name would become markup. */
	static AlertMessage hostileName() {
		return withName("<script>alert(1)</script> & <https://evil.example|click> *bold* [x](https://evil.example)");
	}

	static AlertMessage withName(String jobName) {
		return new AlertMessage("alert-42", AlertKind.EXPIRY_APPROACHING,
				"Pause of job " + jobName + " expires in 24 hours",
				"Macie cancels the job " + jobName + " on 3 Dec 2026, 00:30 UTC unless it is resumed.", "111122223333",
				"us-east-1", "3ce05dbb7ec5505def334104bf8c4b5c", jobName, JOB_URL, OCCURRED_AT);
	}

}
