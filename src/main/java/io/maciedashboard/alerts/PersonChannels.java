package io.maciedashboard.alerts;

/**
 * A person's own channels.
 *
 * @param subject the identity provider's subject (stable)
 * @param name what the pages call them
 * @param email where their e-mails go (by default their sign-in e-mail), or null
 * @param emailEnabled whether they get e-mails
 * @param calendar whether they have a calendar feed
 */
public record PersonChannels(String subject, String name, String email, boolean emailEnabled, boolean calendar) {

	boolean getsEmail() {
		return this.emailEnabled && this.email != null && !this.email.isBlank();
	}

}
