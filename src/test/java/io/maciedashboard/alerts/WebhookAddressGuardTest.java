package io.maciedashboard.alerts;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookAddressGuardTest {

	private final WebhookAddressGuard strict = guard(false, false);

	private final WebhookAddressGuard loopbackAllowed = guard(true, false);

	private final WebhookAddressGuard privateAllowed = guard(false, true);

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "ftp://hooks.example.com/x", "file:///etc/passwd", "javascript:alert(1)",
			"gopher://127.0.0.1:6379/_INFO", "hooks.example.com/services/x", "//hooks.example.com/x" })
	void refusesAnythingButHttpAndHttps(String url) {
		assertThat(this.strict.refusal(url)).hasValue("Webhook addresses start with https:// (or http://).");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://hooks example.com/x", "https://[::1/x" })
	void refusesWhatIsNotAnAddress(String url) {
		assertThat(this.strict.refusal(url)).hasValueSatisfying((reason) -> assertThat(reason)
			.isEqualTo("This is not a valid web address. Paste the full webhook URL, starting with https://."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https:///services/x", "http://under_score.example.com/x" })
	void refusesAddressesWithoutAServer(String url) {
		assertThat(this.strict.refusal(url))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("names no server"));
	}

	@ParameterizedTest
	@CsvSource({ "http://127.0.0.1:8080/hook, 127.0.0.1", "http://127.1.2.3/hook, 127.1.2.3", "http://[::1]/hook, ::1",
			"HTTP://LOCALHOST/hook, localhost (", "http://localhost./hook, localhost (",
			"http://[::ffff:127.0.0.1]/hook, ::ffff:127.0.0.1", "http://[::127.0.0.1]/hook, ::127.0.0.1",
			"http://[64:ff9b::7f00:1]/hook, 64:ff9b::7f00:1", "http://[2002:7f00:1::]/hook, 2002:7f00:1::" })
	void refusesLoopbackByDefault(String url, String named) {
		assertThat(this.strict.refusal(url)).hasValueSatisfying(
				(reason) -> assertThat(reason).startsWith(named).contains("is this server itself (loopback)"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080/hook", "http://[::1]:8080/hook", "http://localhost:8080/hook" })
	void allowsLoopbackWhenConfigured(String url) {
		assertThat(this.loopbackAllowed.refusal(url)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/latest/",
			"http://169.254.170.2/v2/credentials", "http://100.100.100.200/latest/", "http://metadata.google.internal/",
			"http://METADATA.GOOGLE.INTERNAL./computeMetadata/v1/", "http://metadata/",
			"http://[::ffff:169.254.169.254]/", "http://[64:ff9b::a9fe:a9fe]/" })
	void neverAllowsCloudMetadata(String url) {
		for (WebhookAddressGuard guard : new WebhookAddressGuard[] { this.strict, this.loopbackAllowed,
				guard(true, true) }) {
			assertThat(guard.refusal(url)).hasValueSatisfying((reason) -> assertThat(reason)
				.contains("instance metadata service, which holds the server's credentials"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://169.254.1.1/", "http://[fe80::1]/", "http://[fe80::abcd:1%251]/" })
	void neverAllowsLinkLocal(String url) {
		assertThat(guard(true, true).refusal(url))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("is a link-local address"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://0.0.0.0:8080/", "http://[::]:8080/" })
	void refusesTheUnspecifiedAddress(String url) {
		assertThat(guard(true, true).refusal(url))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("is not the address of a server"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://224.0.0.1/", "http://239.255.255.250:1900/", "http://[ff02::1]/" })
	void refusesMulticast(String url) {
		assertThat(guard(true, true).refusal(url))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("is a multicast address"));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "http://240.0.0.1/", "http://255.255.255.255/", "http://0.1.2.3/", "http://[2001:db8::1]/" })
	void refusesReservedAddresses(String url) {
		assertThat(guard(true, true).refusal(url))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("is a reserved address"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://10.0.0.1/", "http://172.16.0.1/", "http://172.31.255.254/", "http://192.168.1.10/",
			"http://100.64.0.1/", "http://[fd12:3456::1]/", "http://[::ffff:10.1.2.3]/" })
	void refusesPrivateNetworksUnlessAllowed(String url) {
		assertThat(this.strict.refusal(url))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("is in a private network"));
		assertThat(this.loopbackAllowed.refusal(url)).isPresent();
		assertThat(this.privateAllowed.refusal(url)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://93.184.215.14/hook", "http://8.8.8.8:8080/x", "https://[2606:4700::1111]/hook",
			"https://172.32.0.1/", "https://100.128.0.1/", "https://192.169.0.1/" })
	void allowsPublicAddresses(String url) {
		assertThat(this.strict.refusal(url)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://no-such-host.invalid/hook" })
	void saysWhenANameDoesNotResolve(String url) {
		assertThat(this.strict.refusal(url))
			.hasValue("No server named no-such-host.invalid could be found. Check the address.");
	}

	private static WebhookAddressGuard guard(boolean allowLoopback, boolean allowPrivateNetworks) {
		return new WebhookAddressGuard(new WebhookProperties(Duration.ofSeconds(5), Duration.ofSeconds(10),
				allowLoopback, allowPrivateNetworks, null));
	}

}
