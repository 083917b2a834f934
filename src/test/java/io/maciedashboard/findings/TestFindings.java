package io.maciedashboard.findings;

import java.time.Instant;
import java.util.List;

import io.maciedashboard.macie.Finding;
import io.maciedashboard.macie.FindingSeverity;
import io.maciedashboard.macie.TagValue;

/** Findings as the service returns them, for the findings pages' tests. */
public final class TestFindings {

	public static final String JOB_ID = "3ce05dbb7ec5505def334104bf3ba4c2";

	public static final String FINDING_ID = "8a1e0f3c9b2d4e5f6a7b8c9d0e1f2a3b";

	public static final Instant UPDATED = Instant.parse("2026-06-09T10:15:00Z");

	private TestFindings() {
	}

	/** A High personal-information finding in a CSV file, with Macie text to escape. */
	public static Finding finding(String id, String bucket, String key) {
		return new Finding(id, "SensitiveData:S3Object/Personal", FindingSeverity.HIGH,
				"The S3 object contains personal information.", "<script>alert(1)</script> in the object", 1, false,
				UPDATED.minusSeconds(60), UPDATED, "us-east-1", "111122223333",
				new Finding.Classification(JOB_ID, "arn:aws:macie2:us-east-1:111122223333:classification-job/" + JOB_ID,
						"s3://acme-macie-discovery-results/macie/AWSLogs/111122223333/Macie/us-east-1/" + JOB_ID + "/"
								+ id + ".jsonl.gz",
						"COMPLETE", null, "text/csv", 20_480L, true,
						List.of(new Finding.DataType("PERSONAL_INFORMATION", "USA_SOCIAL_SECURITY_NUMBER", 1204,
								List.of("Cell B2 (column \"ssn\")", "Cell B3 (column \"ssn\")")),
								new Finding.DataType("CUSTOM_IDENTIFIER", "Employee ID", 7, List.of("Lines 4 to 9")))),
				new Finding.BucketInfo(bucket, "arn:aws:s3:::" + bucket, "acme", "NOT_PUBLIC", "aws:kms",
						"arn:aws:kms:us-east-1:111122223333:key/k1", Boolean.FALSE,
						List.of(new TagValue("team", "payroll"))),
				new Finding.ObjectInfo(key, bucket + "/" + key, "csv", 20_480L, "STANDARD", "AES256", null,
						Boolean.FALSE, UPDATED.minusSeconds(86_400), "\"6f5902ac\"", null, List.of()));
	}

	public static Finding finding() {
		return finding(FINDING_ID, "payroll-exports", "2026/06/payroll.csv");
	}

}
