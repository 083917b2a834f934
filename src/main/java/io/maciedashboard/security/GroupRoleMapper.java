package io.maciedashboard.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

/**
 * Adds {@code ROLE_VIEWER}, {@code ROLE_OPERATOR} and {@code ROLE_AUDITOR} to a signed-in
 * person's authorities from the groups claim of their OIDC token (ID token and user info
 * together).
 */
class GroupRoleMapper implements GrantedAuthoritiesMapper {

	static final String VIEWER = "ROLE_VIEWER";

	static final String OPERATOR = "ROLE_OPERATOR";

	static final String AUDITOR = "ROLE_AUDITOR";

	private final AccessProperties access;

	GroupRoleMapper(AccessProperties access) {
		this.access = access;
	}

	@Override
	public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
		Set<String> groups = new HashSet<>();
		for (GrantedAuthority authority : authorities) {
			if (authority instanceof OAuth2UserAuthority user) {
				addGroups(user.getAttributes().get(this.access.groupsClaim()), groups);
			}
		}
		Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
		if (this.access.operatorGroups().stream().anyMatch(groups::contains)) {
			mapped.add(new SimpleGrantedAuthority(OPERATOR));
			mapped.add(new SimpleGrantedAuthority(VIEWER));
		}
		if (this.access.auditorGroups().stream().anyMatch(groups::contains)) {
			mapped.add(new SimpleGrantedAuthority(AUDITOR));
			mapped.add(new SimpleGrantedAuthority(VIEWER));
		}
		if (this.access.viewerGroups().stream().anyMatch(groups::contains)) {
			mapped.add(new SimpleGrantedAuthority(VIEWER));
		}
		return mapped;
	}

	static Set<String> groupsOf(Object claim) {
		Set<String> groups = new LinkedHashSet<>();
		addGroups(claim, groups);
		return groups;
	}

	// IdPs send the claim as a JSON array, and a few as a single string when there is one
	// group
	private static void addGroups(Object claim, Set<String> groups) {
		if (claim instanceof Collection<?> values) {
			values.forEach((value) -> groups.add(String.valueOf(value)));
		}
		else if (claim instanceof String value) {
			groups.add(value);
		}
	}

}
