package io.maciedashboard.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Sign-in with the company's OIDC identity provider (client registration {@code sso},
 * configured by {@code spring.security.oauth2.client.*}), roles from the groups claim
 * ({@code dashboard.access.*}), and the rules every page follows: all pages need the
 * VIEWER role, except the health summary and probes, static assets, error pages and the
 * signed-out page. Operator-only handlers say so with
 * {@code @PreAuthorize("hasRole('OPERATOR')")}, the audit trail's with
 * {@code @PreAuthorize("hasAnyRole('AUDITOR', 'OPERATOR')")}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(AccessProperties.class)
public class SecurityConfiguration {

	static final String REGISTRATION_ID = "sso";

	static final String SIGN_IN_URL = "/oauth2/authorization/" + REGISTRATION_ID;

	static final String SIGNED_OUT_PAGE = "/signed-out";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ClientRegistrationRepository registrations,
			AccessProperties access, @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout)
			throws Exception {
		var signIn = new HtmxAwareAuthenticationEntryPoint(SIGN_IN_URL);
		// the real time, never Macie's (the emulator's clock can be moved ahead)
		http.addFilterBefore(new IdleSessionFilter(idleTimeout, Clock.systemUTC()), SecurityContextHolderFilter.class);
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/css/**",
					"/js/**", "/favicon.ico", "/favicon.svg", "/error", SIGNED_OUT_PAGE)
			.permitAll()
			// a calendar feed's secret address is its own key: calendar apps have no
			// session
			.requestMatchers(HttpMethod.GET, "/alerts/calendar/*.ics")
			.permitAll()
			.anyRequest()
			.hasRole("VIEWER"));
		http.oauth2Login((login) -> login
			.userInfoEndpoint((userInfo) -> userInfo.userAuthoritiesMapper(new GroupRoleMapper(access)))
			.failureUrl(SIGNED_OUT_PAGE + "?error"));
		http.logout((logout) -> logout.logoutSuccessHandler(signOutAtIdentityProvider(registrations)));
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signIn)
			.accessDeniedHandler(new SignInAwareAccessDeniedHandler(signIn)));
		http.requestCache((cache) -> cache.requestCache(bookmarkCache()));
		http.csrf((csrf) -> csrf.csrfTokenRepository(new ExistingSessionCsrfTokenRepository())
			.csrfTokenRequestHandler(maskedCsrfTokens()));
		http.headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy(registrations)))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Operators and auditors can do all that viewers can, whatever authorities a test or
	 * a mapper hands out.
	 */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role("OPERATOR")
			.implies("VIEWER")
			.role("AUDITOR")
			.implies("VIEWER")
			.build();
	}

	@Bean
	SignedInUser signedInUser(AccessProperties access) {
		return new SignedInUser(access);
	}

	@Bean
	AuditLog auditLog() {
		return new AuditLog();
	}

	/**
	 * Spring Security's default handler (each rendered token masked anew, against
	 * BREACH), drawing its masks without a lock that every render would share.
	 */
	private static XorCsrfTokenRequestAttributeHandler maskedCsrfTokens() {
		var handler = new XorCsrfTokenRequestAttributeHandler();
		handler.setSecureRandom(new StripedSecureRandom(16));
		return handler;
	}

	/**
	 * Remembers the page asked for before sign-in, exactly as it was (no
	 * {@code ?continue} added), and never an htmx request or an event stream: those are
	 * parts of a page, not pages to land on (and remembering one would open a session).
	 */
	private static HttpSessionRequestCache bookmarkCache() {
		var cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		cache.setRequestMatcher((request) -> "GET".equals(request.getMethod())
				&& !HtmxAwareAuthenticationEntryPoint.isPartOfAPage(request));
		return cache;
	}

	private static OidcClientInitiatedLogoutSuccessHandler signOutAtIdentityProvider(
			ClientRegistrationRepository registrations) {
		var handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		handler.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT_PAGE);
		// IdPs without an end_session_endpoint: the local session still ends, and the
		// person lands here
		handler.setDefaultTargetUrl(SIGNED_OUT_PAGE);
		return handler;
	}

	/**
	 * No inline scripts or styles anywhere. Forms may post to this site only, but their
	 * redirects may go on to the identity provider (sign-in after an expired session,
	 * sign-out at the IdP), so its origins are allowed too.
	 */
	static String contentSecurityPolicy(ClientRegistrationRepository registrations) {
		ClientRegistration sso = registrations.findByRegistrationId(REGISTRATION_ID);
		Set<String> formTargets = new LinkedHashSet<>();
		formTargets.add("'self'");
		if (sso != null) {
			Object endSession = sso.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
			Stream
				.of(sso.getProviderDetails().getAuthorizationUri(), (endSession != null) ? endSession.toString() : null)
				.map(SecurityConfiguration::originOf)
				.filter((origin) -> origin != null)
				.forEach(formTargets::add);
		}
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
				+ "form-action " + String.join(" ", formTargets) + "; frame-ancestors 'none'; base-uri 'self'; "
				+ "object-src 'none'";
	}

	private static String originOf(String url) {
		if (url == null) {
			return null;
		}
		URI uri = URI.create(url);
		if (uri.getScheme() == null || uri.getHost() == null) {
			return null;
		}
		return uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
	}

}
