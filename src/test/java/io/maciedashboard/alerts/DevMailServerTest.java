package io.maciedashboard.alerts;

import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dev run's mail server: Spring Mail is pointed at it, and a person reads what
 * arrived over IMAP as the README says (the recipient's address, any password).
 */
class DevMailServerTest {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withPropertyValues("dashboard.dev-mail.smtp-port=0", "dashboard.dev-mail.imap-port=0",
				"spring.mail.host=smtp.example.com")
		.withUserConfiguration(DevMailServer.class)
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class));

	@Test
	void alertEmailsArriveAndCanBeReadOverImap() {
		this.contexts.run((context) -> {
			GreenMail server = context.getBean("greenMail", GreenMail.class);
			AlertEmails emails = new AlertEmails(context.getBeanProvider(JavaMailSender.class),
					AlertEmailsTest.templates(), new AlertMailProperties("dashboard@localhost"));

			assertThat(context).getBeans(JavaMailSender.class).containsOnlyKeys("devMailSender");
			assertThat(emails.send(SampleAlerts.expiryIn24Hours(), List.of("ada@example.com")).delivered()).isTrue();

			int imapPort = server.getImap().getPort();
			Store store = Session.getInstance(new Properties()).getStore("imap");
			store.connect("127.0.0.1", imapPort, "ada@example.com", "any password");
			try {
				Folder inbox = store.getFolder("INBOX");
				inbox.open(Folder.READ_ONLY);
				Message[] messages = inbox.getMessages();
				assertThat(messages).hasSize(1);
				assertThat(messages[0].getSubject()).isEqualTo(SampleAlerts.expiryIn24Hours().title());
			}
			finally {
				store.close();
			}
		});
	}

}
