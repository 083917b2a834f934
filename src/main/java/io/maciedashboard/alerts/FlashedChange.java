package io.maciedashboard.alerts;

import io.maciedashboard.audit.AuditUnavailableException;

import org.springframework.dao.DataAccessException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A change the alerts' pages make and then redirect: when the audit trail or the database
 * does not answer, the person reads why it was not made (the flash error message of the
 * page the redirect leads to) rather than an error page.
 */
final class FlashedChange {

	static final String DATABASE_DOWN = "The dashboard's database is not answering, so this could not be saved. "
			+ "Try again in a moment.";

	private FlashedChange() {
	}

	/** Makes the change, which flashes its own message when it is made. */
	static void make(RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
		}
		catch (AuditUnavailableException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (DataAccessException ex) {
			redirect.addFlashAttribute("flashError", DATABASE_DOWN);
		}
	}

}
