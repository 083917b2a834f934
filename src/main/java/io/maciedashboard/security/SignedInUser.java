package io.maciedashboard.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * What pages show about the signed-in person and about access, used from templates as
 * {@code @signedInUser}: the header's name and role, and the groups that grant access on
 * the 403 page.
 */
public class SignedInUser {

	private final AccessProperties access;

	SignedInUser(AccessProperties access) {
		this.access = access;
	}

	/**
	 * The friendliest name the identity provider gave: user name, full name, e-mail, else
	 * the subject.
	 */
	public String name(Authentication who) {
		for (String claim : List.of("preferred_username", "name", "email")) {
			String value = attribute(who, claim);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return subject(who);
	}

	public String role(Authentication who) {
		if (has(who, GroupRoleMapper.OPERATOR)) {
			return "Operator";
		}
		if (has(who, GroupRoleMapper.AUDITOR)) {
			return "Auditor";
		}
		return has(who, GroupRoleMapper.VIEWER) ? "Viewer" : "No access";
	}

	/**
	 * Who is acting, as the audit trail records it: subject, friendliest name, e-mail and
	 * the groups the identity provider listed.
	 */
	public Person person(Authentication who) {
		if (who == null) {
			return new Person("anonymous", null, null, List.of());
		}
		Object claim = (who.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal)
				? principal.getAttribute(this.access.groupsClaim()) : null;
		return new Person(subject(who), name(who), email(who), List.copyOf(GroupRoleMapper.groupsOf(claim)));
	}

	public List<String> viewerGroups() {
		return this.access.viewerGroups();
	}

	/** Who to ask for access, or null (the page then says "your administrator"). */
	public String accessContact() {
		String contact = this.access.contact();
		return (contact == null || contact.isBlank()) ? null : contact.strip();
	}

	public List<String> operatorGroups() {
		return this.access.operatorGroups();
	}

	public List<String> auditorGroups() {
		return this.access.auditorGroups();
	}

	static String subject(Authentication who) {
		String subject = attribute(who, "sub");
		return (subject != null) ? subject : who.getName();
	}

	static String email(Authentication who) {
		return attribute(who, "email");
	}

	private static String attribute(Authentication who, String name) {
		if (who != null && who.getPrincipal() instanceof OAuth2AuthenticatedPrincipal principal) {
			Object value = principal.getAttribute(name);
			return (value != null) ? value.toString() : null;
		}
		return null;
	}

	private static boolean has(Authentication who, String authority) {
		return who != null
				&& who.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
	}

}
