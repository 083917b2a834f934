package io.maciedashboard.alerts;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The development mail server (test scope only, so it never runs in production): an
 * in-process GreenMail that accepts every alert email on SMTP
 * ({@code dashboard.dev-mail.smtp-port}, default 3025) and serves it on IMAP
 * ({@code dashboard.dev-mail.imap-port}, default 3143; log in as the recipient's address
 * with any password); port 0 takes a free port. Importing this configuration starts it
 * and gives the application a mail sender pointed at it (whatever {@code spring.mail.*}
 * says). The running server is the bean {@code greenMail}, for tests that read what
 * arrived.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DevMailServer {

	private static final Logger logger = LoggerFactory.getLogger(DevMailServer.class);

	private static final String HOST = "127.0.0.1";

	@Bean(destroyMethod = "stop")
	GreenMail greenMail(Environment environment) {
		GreenMail server = new GreenMail(
				new ServerSetup[] { setup(environment, "dashboard.dev-mail.smtp-port", 3025, ServerSetup.PROTOCOL_SMTP),
						setup(environment, "dashboard.dev-mail.imap-port", 3143, ServerSetup.PROTOCOL_IMAP) });
		// any IMAP login opens the mailbox of that address: no accounts to set up
		server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		server.start();
		logger.info(
				"Development mail server: alert emails go to SMTP {}:{}; read them over IMAP on {}:{} "
						+ "(user: the recipient's address, any password)",
				HOST, server.getSmtp().getPort(), HOST, server.getImap().getPort());
		return server;
	}

	@Bean
	JavaMailSenderImpl devMailSender(GreenMail greenMail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(HOST);
		sender.setPort(greenMail.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}

	private static ServerSetup setup(Environment environment, String property, int defaultPort, String protocol) {
		int port = environment.getProperty(property, Integer.class, defaultPort);
		ServerSetup setup = new ServerSetup(port, HOST, protocol);
		return (port == 0) ? setup.dynamicPort() : setup;
	}

}
