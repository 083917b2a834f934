package io.maciedashboard.alerts;

import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import io.maciedashboard.web.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends an alert by email through the SMTP server of {@code spring.mail.*}: one message
 * to the given addresses, HTML (template {@code alerts/email}, every value escaped) with
 * a plain-text alternative, both linking to the job. Without {@code spring.mail.host}
 * there is no mail sender and every attempt says so instead of failing start-up.
 */
@Component
@EnableConfigurationProperties(AlertMailProperties.class)
public class AlertEmails {

	private static final Logger logger = LoggerFactory.getLogger(AlertEmails.class);

	static final String TEMPLATE = "alerts/email";

	private final ObjectProvider<JavaMailSender> mailSender;

	private final ITemplateEngine templates;

	private final AlertMailProperties properties;

	private final Times times = new Times();

	public AlertEmails(ObjectProvider<JavaMailSender> mailSender, ITemplateEngine templates,
			AlertMailProperties properties) {
		this.mailSender = mailSender;
		this.templates = templates;
		this.properties = properties;
	}

	/** Whether an SMTP server is configured ({@code spring.mail.host}). */
	public boolean isConfigured() {
		return this.mailSender.getIfAvailable() != null;
	}

	/** Sends the alert once, to all the addresses in one message. */
	public DeliveryResult send(AlertMessage message, List<String> addresses) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return DeliveryResult.failed(null, "Email is not set up on this dashboard (spring.mail.host).", false);
		}
		if (addresses.isEmpty()) {
			return DeliveryResult.failed(null, "No email address to send to.", false);
		}
		try {
			sender.send(mime(sender, message, addresses));
			logger.info("Alert {} ({}) emailed to {} address(es)", message.id(), message.kind(), addresses.size());
			logger.debug("Alert {} emailed to {}: {}", message.id(), addresses, message.title());
			return DeliveryResult.delivered(null);
		}
		catch (AddressException ex) {
			return DeliveryResult.failed(null, "Not an email address: " + ex.getRef() + ".", false);
		}
		catch (MessagingException | MailPreparationException ex) {
			return DeliveryResult.failed(null, "The email could not be written: " + ex.getMessage(), false);
		}
		catch (MailAuthenticationException ex) {
			return DeliveryResult.failed(null,
					"The mail server refused the dashboard's sign-in (spring.mail.username and password).", false);
		}
		catch (MailSendException ex) {
			return refusedAddresses(ex)
					? DeliveryResult.failed(null,
							"The mail server refused the address: " + String.join(", ", addresses) + ".", false)
					: DeliveryResult.failed(null, "The mail server could not be reached or failed: " + ex.getMessage(),
							true);
		}
		catch (MailException ex) {
			return DeliveryResult.failed(null, "The email could not be sent: " + ex.getMessage(), true);
		}
	}

	private MimeMessage mime(JavaMailSender sender, AlertMessage message, List<String> addresses)
			throws MessagingException {
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(addresses.toArray(String[]::new));
		// a subject is one line
		helper.setSubject(message.title().replaceAll("[\\r\\n]+", " "));
		helper.setText(plainText(message), html(message));
		// RFC 3834: no vacation replies to alerts
		mime.setHeader("Auto-Submitted", "auto-generated");
		mime.setHeader(WebhookSender.ALERT_ID_HEADER, message.id());
		return mime;
	}

	String html(AlertMessage message) {
		return this.templates.process(TEMPLATE,
				new Context(null, Map.of("message", message, "occurredAt", this.times.utc(message.occurredAt()))));
	}

	String plainText(AlertMessage message) {
		return message.title() + "\n\n" + message.text() + "\n\n" + "Job:     " + message.jobName() + "\n" + "Job ID:  "
				+ message.jobId() + "\n" + "Account: " + message.account() + "\n" + "Region:  " + message.region()
				+ "\n" + "When:    " + this.times.utc(message.occurredAt()) + "\n\n" + "Open the job: "
				+ message.jobUrl() + "\n\n"
				+ "-- \nSent by the Macie Jobs Dashboard because you or your team chose to be told about this job.\n"
				+ "Change your alerts in the dashboard.\n";
	}

	/** Whether the server refused the recipients (which will not change by retrying). */
	private static boolean refusedAddresses(MailSendException ex) {
		return ex.getFailedMessages()
			.values()
			.stream()
			.anyMatch((cause) -> cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
					&& failed.getInvalidAddresses().length > 0);
	}

}
