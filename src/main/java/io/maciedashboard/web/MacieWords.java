package io.maciedashboard.web;

import java.util.Locale;
import java.util.Map;

/**
 * Macie's raw values in the words the pages use, one vocabulary for the job list, the job
 * page and the builder: a bucket's effective permission ({@code PUBLIC} is "Public"), its
 * shared access ({@code NOT_SHARED} is "Not shared"), a data identifier's category
 * ({@code PERSONAL_INFORMATION} is "Personal information"). A value Macie adds later is
 * shown in sentence case rather than as its constant. Templates use {@code #words}.
 */
public final class MacieWords {

	private static final Map<String, String> EFFECTIVE_PERMISSION = Map.of("PUBLIC", "Public", "NOT_PUBLIC",
			"Not public", "UNKNOWN", "Unknown");

	private static final Map<String, String> SHARED_ACCESS = Map.of("EXTERNAL", "Shared with other accounts",
			"INTERNAL", "Shared within the organization", "NOT_SHARED", "Not shared", "UNKNOWN", "Unknown");

	private static final Map<String, String> CATEGORY = Map.of("CREDENTIALS", "Credentials", "FINANCIAL_INFORMATION",
			"Financial information", "PERSONAL_INFORMATION", "Personal information", "CUSTOM_IDENTIFIER",
			"Custom data identifier");

	private static final Map<String, String> FINDING_TYPE = Map.of("SensitiveData:S3Object/Personal",
			"Personal information", "SensitiveData:S3Object/Financial", "Financial information",
			"SensitiveData:S3Object/Credentials", "Credentials", "SensitiveData:S3Object/CustomIdentifier",
			"Custom data identifier", "SensitiveData:S3Object/Multiple", "Several kinds of sensitive data");

	private static final Map<String, String> ENCRYPTION = Map.of("NONE", "Not encrypted", "AES256",
			"Amazon S3 managed keys (SSE-S3)", "aws:kms", "AWS KMS keys (SSE-KMS)", "aws:kms:dsse",
			"Dual-layer AWS KMS keys (DSSE-KMS)");

	/** The words for a bucket's effective permission (PUBLIC, NOT_PUBLIC, UNKNOWN). */
	public String effectivePermission(String value) {
		return words(EFFECTIVE_PERMISSION, value);
	}

	/**
	 * The words for a bucket's shared access (EXTERNAL, INTERNAL, NOT_SHARED, UNKNOWN).
	 */
	public String sharedAccess(String value) {
		return words(SHARED_ACCESS, value);
	}

	/** The words for a managed data identifier's category. */
	public String category(String value) {
		return words(CATEGORY, value);
	}

	/**
	 * A finding type in words ({@code SensitiveData:S3Object/Personal} is "Personal
	 * information"); a type Macie adds later is shown as it is.
	 */
	public String findingType(String value) {
		String word = (value != null) ? FINDING_TYPE.get(value) : null;
		return (word != null) ? word : String.valueOf(value);
	}

	/** A server-side encryption type in words ({@code aws:kms} is "AWS KMS keys"). */
	public String encryption(String value) {
		return words(ENCRYPTION, value);
	}

	/** Whether a bucket's effective permission makes it public. */
	public boolean isPublic(String effectivePermission) {
		return "PUBLIC".equals(effectivePermission);
	}

	/** "SOME_NEW_VALUE" as "Some new value"; null or blank as "Unknown". */
	static String sentenceCase(String value) {
		if (value == null || value.isBlank()) {
			return "Unknown";
		}
		String spaced = value.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	private static String words(Map<String, String> known, String value) {
		String word = (value != null) ? known.get(value) : null;
		return (word != null) ? word : sentenceCase(value);
	}

}
