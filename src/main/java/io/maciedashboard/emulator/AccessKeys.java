package io.maciedashboard.emulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which account a request acts in, from the access key that signed it: a key STS
 * AssumeRole handed out acts in its role's account; a configured key in its account; a
 * 12-digit key in the account it names (as LocalStack does); any other key in the
 * emulator's default account.
 */
final class AccessKeys {

	private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

	/** Who signed a request: the key, the account it acts in, and its identity. */
	record Caller(String accessKeyId, String accountId, String arn, String userId) {
	}

	private final String defaultAccount;

	private final Map<String, String> configured;

	private final Map<String, Caller> issued = new ConcurrentHashMap<>();

	AccessKeys(String defaultAccount, Map<String, String> configured) {
		this.defaultAccount = defaultAccount;
		this.configured = Map.copyOf(configured);
	}

	Caller caller(String accessKeyId) {
		Caller session = this.issued.get(accessKeyId);
		if (session != null) {
			return session;
		}
		String account = this.configured.getOrDefault(accessKeyId,
				ACCOUNT_ID.matcher(accessKeyId).matches() ? accessKeyId : this.defaultAccount);
		return new Caller(accessKeyId, account, "arn:aws:iam::" + account + ":user/emulator",
				"AIDA" + Hashing.letters(accessKeyId, 17));
	}

	/** Remembers temporary credentials STS handed out. */
	void issue(Caller caller) {
		this.issued.put(caller.accessKeyId(), caller);
	}

}
