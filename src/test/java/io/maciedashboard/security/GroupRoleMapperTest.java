package io.maciedashboard.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class GroupRoleMapperTest {

	private final GroupRoleMapper defaults = new GroupRoleMapper(new AccessProperties("groups",
			List.of("macie-viewers"), List.of("macie-operators"), List.of("macie-auditors"), null));

	@Test
	void viewerGroupGivesViewer() {
		assertThat(roles(this.defaults, Map.of("groups", List.of("staff", "macie-viewers")))).contains("ROLE_VIEWER")
			.doesNotContain("ROLE_OPERATOR");
	}

	@Test
	void operatorGroupGivesOperatorAndViewer() {
		assertThat(roles(this.defaults, Map.of("groups", List.of("macie-operators")))).contains("ROLE_VIEWER",
				"ROLE_OPERATOR");
	}

	@Test
	void noMappedGroupGivesNoRoleButKeepsTheSignIn() {
		assertThat(roles(this.defaults, Map.of("groups", List.of("finance")))).contains("OIDC_USER")
			.doesNotContain("ROLE_VIEWER", "ROLE_OPERATOR");
		assertThat(roles(this.defaults, Map.of())).doesNotContain("ROLE_VIEWER", "ROLE_OPERATOR");
	}

	@Test
	void claimNameAndSeveralGroupsPerRoleAreConfigurable() {
		var mapper = new GroupRoleMapper(new AccessProperties("roles", List.of("auditors", "compliance"),
				List.of("security-admins", "cloud-ops"), List.of("internal-audit"), null));
		assertThat(roles(mapper, Map.of("roles", List.of("compliance")))).contains("ROLE_VIEWER")
			.doesNotContain("ROLE_OPERATOR");
		assertThat(roles(mapper, Map.of("roles", List.of("cloud-ops")))).contains("ROLE_OPERATOR");
		assertThat(roles(mapper, Map.of("groups", List.of("macie-operators")))).doesNotContain("ROLE_VIEWER");
	}

	@Test
	void auditorGroupGivesAuditorAndViewerButNotOperator() {
		assertThat(roles(this.defaults, Map.of("groups", List.of("macie-auditors"))))
			.contains("ROLE_VIEWER", "ROLE_AUDITOR")
			.doesNotContain("ROLE_OPERATOR");
		assertThat(roles(this.defaults, Map.of("groups", List.of("macie-auditors", "macie-operators"))))
			.contains("ROLE_VIEWER", "ROLE_AUDITOR", "ROLE_OPERATOR");
	}

	@Test
	void auditorGroupsAreConfigurable() {
		var mapper = new GroupRoleMapper(new AccessProperties("groups", List.of("staff"), List.of("ops"),
				List.of("internal-audit", "compliance"), null));
		assertThat(roles(mapper, Map.of("groups", List.of("compliance")))).contains("ROLE_AUDITOR", "ROLE_VIEWER");
		assertThat(roles(mapper, Map.of("groups", List.of("macie-auditors")))).doesNotContain("ROLE_AUDITOR");
	}

	@Test
	void aSingleGroupSentAsAStringCounts() {
		assertThat(roles(this.defaults, Map.of("groups", "macie-viewers"))).contains("ROLE_VIEWER");
	}

	@Test
	void groupsFromTheUserInfoEndpointCount() {
		var idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "u1"));
		var userInfo = new OidcUserInfo(Map.of("sub", "u1", "groups", List.of("macie-operators")));
		assertThat(names(this.defaults.mapAuthorities(List.of(new OidcUserAuthority(idToken, userInfo)))))
			.contains("ROLE_OPERATOR");
	}

	private static List<String> roles(GroupRoleMapper mapper, Map<String, Object> claims) {
		var all = new java.util.HashMap<String, Object>(claims);
		all.put("sub", "u1");
		var idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), all);
		return names(mapper.mapAuthorities(List.of(new OidcUserAuthority(idToken))));
	}

	private static List<String> names(Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream().map(GrantedAuthority::getAuthority).toList();
	}

}
