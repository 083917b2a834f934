package io.maciedashboard.alerts;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alert emails as an SMTP server (GreenMail) receives them.
 */
class AlertEmailsTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Test
	void oneMessageWithAnHtmlAndAPlainTextPartLinkingToTheJob() throws Exception {
		DeliveryResult result = emails(smtp.getSmtp().getPort()).send(SampleAlerts.expiryIn24Hours(),
				List.of("ada@example.com", "compliance@example.com"));

		assertThat(result).isEqualTo(new DeliveryResult(true, null, null, false));
		MimeMessage[] received = smtp.getReceivedMessages();
		// one message, delivered to each of its two recipients
		assertThat(received).hasSize(2);
		MimeMessage mail = received[0];
		assertThat(mail.getSubject()).isEqualTo("Pause of job Weekly PII scan expires in 24 hours");
		assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("alerts@example.com");
		assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Macie Jobs Dashboard");
		assertThat(mail.getAllRecipients()).extracting(Object::toString)
			.containsExactly("ada@example.com", "compliance@example.com");
		assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
		assertThat(mail.getHeader(WebhookSender.ALERT_ID_HEADER, null)).isEqualTo("alert-42");

		String text = part(mail, "text/plain");
		assertThat(text).startsWith("Pause of job Weekly PII scan expires in 24 hours\n\nMacie cancels the job")
			.contains("Account: 111122223333", "Region:  us-east-1", "When:    2 Dec 2026, 00:30 UTC",
					"Open the job: " + SampleAlerts.JOB_URL);
		Document html = Jsoup.parse(part(mail, "text/html"));
		assertThat(html.selectFirst("h1").text()).isEqualTo("Pause of job Weekly PII scan expires in 24 hours");
		assertThat(html.select("a[href]")).extracting((link) -> link.attr("href"))
			.containsExactly(SampleAlerts.JOB_URL);
		assertThat(html.text()).contains("Weekly PII scan", "3ce05dbb7ec5505def334104bf8c4b5c", "111122223333",
				"us-east-1", "2 Dec 2026, 00:30 UTC");
	}

	@Test
	void theHtmlPartEscapesEveryValue() throws Exception {
		emails(smtp.getSmtp().getPort()).send(SampleAlerts.hostileName(), List.of("ada@example.com"));

		MimeMessage mail = smtp.getReceivedMessages()[0];
		String source = part(mail, "text/html");
		assertThat(source).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;https");
		Document html = Jsoup.parse(source);
		assertThat(html.select("script")).isEmpty();
		assertThat(html.selectFirst("h1").text()).isEqualTo(SampleAlerts.hostileName().title());
		assertThat(mail.getSubject()).isEqualTo(SampleAlerts.hostileName().title());
		assertThat(part(mail, "text/plain")).contains(SampleAlerts.hostileName().jobName());
	}

	@Test
	void nonAsciiTextArrivesIntact() throws Exception {
		AlertMessage message = SampleAlerts.withName("Données clients 東京 📦");

		emails(smtp.getSmtp().getPort()).send(message, List.of("ada@example.com"));

		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getSubject()).isEqualTo(message.title());
		assertThat(part(mail, "text/plain")).contains("Données clients 東京 📦");
		assertThat(Jsoup.parse(part(mail, "text/html")).selectFirst("h1").text()).isEqualTo(message.title());
	}

	@Test
	void theSubjectIsOneLine() throws Exception {
		emails(smtp.getSmtp().getPort()).send(SampleAlerts.withName("two\r\nBcc: eve@example.com"),
				List.of("ada@example.com"));

		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getSubject()).isEqualTo("Pause of job two Bcc: eve@example.com expires in 24 hours");
		assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("ada@example.com");
	}

	@Test
	void anUnreachableMailServerIsRetryable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}

		DeliveryResult result = emails(closedPort).send(SampleAlerts.expiryIn24Hours(), List.of("ada@example.com"));

		assertThat(result.delivered()).isFalse();
		assertThat(result.retryable()).isTrue();
		assertThat(result.problem()).startsWith("The mail server could not be reached or failed");
	}

	@Test
	void withoutAMailServerItSaysEmailIsNotSetUp() {
		AlertEmails emails = new AlertEmails(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
				templates(), new AlertMailProperties("alerts@example.com"));

		assertThat(emails.isConfigured()).isFalse();
		assertThat(emails.send(SampleAlerts.expiryIn24Hours(), List.of("ada@example.com"))).isEqualTo(
				new DeliveryResult(false, null, "Email is not set up on this dashboard (spring.mail.host).", false));
	}

	@Test
	void aMalformedAddressIsFinal() {
		DeliveryResult result = emails(smtp.getSmtp().getPort()).send(SampleAlerts.expiryIn24Hours(),
				List.of("not an address@"));

		assertThat(result).isEqualTo(new DeliveryResult(false, null, "Not an email address: not an address@.", false));
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	static AlertEmails emails(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		AlertEmails emails = new AlertEmails(
				new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class),
				templates(), new AlertMailProperties("Macie Jobs Dashboard <alerts@example.com>"));
		assertThat(emails.isConfigured()).isTrue();
		return emails;
	}

	/** The application's templates, as Boot's Thymeleaf resolves them. */
	static SpringTemplateEngine templates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	/** The decoded text of the message's only part of this type. */
	private static String part(Part part, String type) throws MessagingException, IOException {
		List<String> found = new ArrayList<>();
		collect(part, type, found);
		assertThat(found).as(type).hasSize(1);
		return found.get(0);
	}

	private static void collect(Part part, String type, List<String> found) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				collect(child, type, found);
			}
		}
		else if (part.isMimeType(type)) {
			// SMTP carries text with CRLF line ends
			found.add(((String) part.getContent()).replace("\r\n", "\n"));
		}
	}

}
