package io.maciedashboard.macie;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import software.amazon.awssdk.services.macie2.model.CreateClassificationJobRequest;

/**
 * One CreateClassificationJob request, built once: what is shown for review (its JSON, as
 * for {@code aws macie2 create-classification-job --cli-input-json}), what identifies it
 * (the fingerprint of that JSON, so that only the reviewed request is created) and what
 * is sent are the same object.
 */
public final class CreateJobRequest {

	private final JobDefinition definition;

	private final String clientToken;

	private final CreateClassificationJobRequest sdkRequest;

	private final String json;

	private final String fingerprint;

	private CreateJobRequest(JobDefinition definition, String clientToken) {
		this.definition = definition;
		this.clientToken = clientToken;
		this.sdkRequest = MacieRequests.createJob(definition, clientToken);
		this.json = SdkRequestJson.of(this.sdkRequest);
		this.fingerprint = sha256(this.json);
	}

	public static CreateJobRequest of(JobDefinition definition, String clientToken) {
		return new CreateJobRequest(definition, clientToken);
	}

	public JobDefinition definition() {
		return this.definition;
	}

	public String clientToken() {
		return this.clientToken;
	}

	/** The request body, pretty-printed with Macie's member names. */
	public String json() {
		return this.json;
	}

	/** SHA-256 of {@link #json()}, in hex. */
	public String fingerprint() {
		return this.fingerprint;
	}

	CreateClassificationJobRequest sdkRequest() {
		return this.sdkRequest;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
