package io.maciedashboard.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.maciedashboard.macie.JobListQuery;
import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.MacieJobs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may use which route, over every route the application maps: anonymous (plain and
 * htmx), signed in without a mapped group, viewer, auditor and operator; every non-GET
 * route with and without a CSRF token. The whole application runs (emulator mode), so
 * controllers, method security and filters are the real ones.
 *
 * <p>
 * Adding a route is one line in {@link #ROUTES}; a mapped route missing from it fails
 * {@link #everyMappedRouteIsInTheMatrix()}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixIT {

	/**
	 * One line per route: method, URI pattern as mapped, an example URI, who may use it,
	 * and its answer then. {@code {completeJob}} in an example stands for a seeded job
	 * that is complete, so no action changes it.
	 */
	/** The default place's job pages. */
	private static final String HOME = "/jobs/111122223333/us-east-1/";

	static final List<Route> ROUTES = List.of(Route.of(HttpMethod.GET, "/", "/", Access.VIEWER, 302),
			Route.of(HttpMethod.GET, "/jobs", "/jobs?status=RUNNING&sort=name", Access.VIEWER, 200),
			Route.of(HttpMethod.GET, "/jobs/events", "/jobs/events?status=RUNNING", Access.VIEWER, 200),
			Route.of(HttpMethod.GET, "/jobs/{jobId}", "/jobs/{completeJob}", Access.VIEWER, 301),
			Route.of(HttpMethod.GET, "/jobs/{accountId}/{region}/{jobId}", HOME + "{completeJob}", Access.VIEWER, 200),
			Route.of(HttpMethod.GET, "/jobs/{accountId}/{region}/{jobId}/live", HOME + "{completeJob}/live",
					Access.VIEWER, 302),
			Route.of(HttpMethod.GET, "/jobs/{accountId}/{region}/{jobId}/events", HOME + "{completeJob}/events",
					Access.VIEWER, 200),
			Route.of(HttpMethod.POST, "/jobs/{accountId}/{region}/{jobId}/{action:pause|resume|cancel}",
					HOME + "{completeJob}/pause", Access.OPERATOR, 302),
			Route.of(HttpMethod.POST, "/jobs/{accountId}/{region}/{jobId}/{action:pause|resume|cancel}",
					HOME + "{completeJob}/cancel", Access.OPERATOR, 302),
			Route.of(HttpMethod.GET, "/jobs/{accountId}/{region}/{jobId}/findings",
					HOME + "{completeJob}/findings?severity=High&sort=severity", Access.VIEWER, 200),
			// a finding Macie does not have: its page says so
			Route.of(HttpMethod.GET, "/jobs/{accountId}/{region}/{jobId}/findings/{findingId}",
					HOME + "{completeJob}/findings/00000000000000000000000000000000", Access.VIEWER, 404),
			Route.of(HttpMethod.GET, "/jobs/new", "/jobs/new", Access.OPERATOR, 200),
			Route.of(HttpMethod.POST, "/jobs/new", "/jobs/new", Access.OPERATOR, 200),
			Route.of(HttpMethod.GET, "/audit", "/audit?person=otto&action=PAUSE&from=2026-01-01", Access.AUDIT, 200),
			Route.of(HttpMethod.GET, "/audit/export.csv", "/audit/export.csv?outcome=DONE", Access.AUDIT, 200),
			Route.of(HttpMethod.POST, "/jobs/{accountId}/{region}/{jobId}/watch", HOME + "{completeJob}/watch",
					Access.VIEWER, 302),
			Route.of(HttpMethod.GET, "/alerts/settings", "/alerts/settings", Access.VIEWER, 200),
			Route.of(HttpMethod.POST, "/alerts/settings/email",
					"/alerts/settings/email?email=v@example.com&enabled=true", Access.VIEWER, 302),
			Route.of(HttpMethod.POST, "/alerts/settings/every-job", "/alerts/settings/every-job?watching=false",
					Access.VIEWER, 302),
			Route.of(HttpMethod.POST, "/alerts/settings/calendar", "/alerts/settings/calendar", Access.VIEWER, 302),
			Route.of(HttpMethod.POST, "/alerts/settings/calendar/off", "/alerts/settings/calendar/off", Access.VIEWER,
					302),
			Route.of(HttpMethod.GET, "/alerts/notifications", "/alerts/notifications?state=FAILED", Access.VIEWER, 200),
			Route.of(HttpMethod.GET, "/alerts/notifications/{id:\\d{1,18}}", "/alerts/notifications/999999",
					Access.VIEWER, 404),
			Route.of(HttpMethod.POST, "/alerts/notifications/{id:\\d{1,18}}/retry",
					"/alerts/notifications/999999/retry", Access.OPERATOR, 302),
			Route.of(HttpMethod.GET, "/alerts/channels", "/alerts/channels", Access.OPERATOR, 200),
			// an empty form: the page again, saying what is missing
			Route.of(HttpMethod.POST, "/alerts/channels", "/alerts/channels", Access.OPERATOR, 200),
			Route.of(HttpMethod.POST, "/alerts/channels/{id}/remove", "/alerts/channels/999999/remove", Access.OPERATOR,
					302),
			// a calendar app has no session: the secret address is the key (an unknown
			// one: not found)
			Route.of(HttpMethod.GET, "/alerts/calendar/{token:[A-Za-z0-9_-]{20,100}}.ics",
					"/alerts/calendar/not-a-real-calendar-token-0000.ics", Access.PUBLIC, 404),
			Route.of(HttpMethod.GET, "/signed-out", "/signed-out", Access.PUBLIC, 200),
			Route.of(HttpMethod.GET, "/actuator/health", "/actuator/health", Access.PUBLIC, 200),
			Route.of(HttpMethod.GET, "/actuator/health/liveness", "/actuator/health/liveness", Access.PUBLIC, 200),
			Route.of(HttpMethod.GET, "/actuator/health/readiness", "/actuator/health/readiness", Access.PUBLIC, 200),
			Route.of(HttpMethod.GET, "/actuator/health/dependencies", "/actuator/health/dependencies", Access.VIEWER,
					200),
			Route.of(HttpMethod.POST, "/logout", "/logout", Access.PUBLIC, 302));

	/**
	 * Mapped by Spring Boot itself, reached through the error dispatch; the rules for it
	 * are in the matrix anyway.
	 */
	private static final Set<String> FRAMEWORK_ROUTES = Set.of("GET /error", "POST /error", "PUT /error",
			"DELETE /error", "PATCH /error", "HEAD /error", "OPTIONS /error", "TRACE /error", "* /error");

	@Autowired
	MockMvc mvc;

	@Autowired
	MacieJobs macieJobs;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyMappedRouteIsInTheMatrix() {
		Set<String> mapped = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().keySet().forEach((info) -> {
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("*")
					: info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				methods.forEach((method) -> mapped.add(method + " " + pattern));
			}
		});
		mapped.removeAll(FRAMEWORK_ROUTES);
		Set<String> inMatrix = ROUTES.stream().map(Route::key).collect(Collectors.toSet());
		assertThat(inMatrix).as("routes the application maps; add each to ROUTES").containsAll(mapped);
	}

	@TestFactory
	Stream<DynamicTest> matrix() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Route route : ROUTES) {
			for (Persona persona : Persona.values()) {
				tests
					.add(DynamicTest.dynamicTest(route.key() + " as " + persona + (route.mutates() ? " with CSRF" : ""),
							() -> check(route, persona, true)));
				if (route.mutates()) {
					tests.add(DynamicTest.dynamicTest(route.key() + " as " + persona + " without CSRF",
							() -> check(route, persona, false)));
				}
			}
		}
		return tests.stream();
	}

	@Test
	void aViewerCannotChangeAJobByAnyRequest() throws Exception {
		String running = this.macieJobs.listJobs(TestPlaces.HOME, JobListQuery.firstPage())
			.jobs()
			.stream()
			.filter((job) -> job.status() == JobStatus.RUNNING)
			.findFirst()
			.orElseThrow()
			.jobId();
		for (String action : List.of("pause", "cancel")) {
			this.mvc
				.perform(request(HttpMethod.POST, HOME + running + "/" + action).param("confirmed", "true")
					.with(csrf())
					.with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_VIEWER"))))
				.andReturn();
		}
		assertThat(this.macieJobs.describeJob(TestPlaces.HOME, running).status()).isEqualTo(JobStatus.RUNNING);
	}

	private void check(Route route, Persona persona, boolean withCsrf) throws Exception {
		MockHttpServletRequestBuilder request = request(route.method(),
				route.example().replace("{completeJob}", completeJob()));
		persona.apply(request);
		if (withCsrf && route.mutates()) {
			request.with(csrf());
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getHeader("Location");
		switch (expected(route, persona, withCsrf)) {
			case SIGN_IN -> {
				assertThat(status).isEqualTo(302);
				assertThat(location).isEqualTo("/oauth2/authorization/sso");
			}
			case HTMX_SIGN_IN -> {
				assertThat(status).isEqualTo(401);
				assertThat(result.getResponse().getHeader("HX-Refresh")).isEqualTo("true");
			}
			case FORBIDDEN -> assertThat(status).isEqualTo(403);
			case ALLOWED -> {
				assertThat(status).isEqualTo(route.allowedStatus());
				assertThat(location).as("an allowed request is not sent to sign-in")
					.isNotEqualTo("/oauth2/authorization/sso");
			}
		}
	}

	private String completeJob() {
		return this.macieJobs.listJobs(TestPlaces.HOME, JobListQuery.firstPage())
			.jobs()
			.stream()
			.filter((job) -> job.status() == JobStatus.COMPLETE)
			.findFirst()
			.orElseThrow()
			.jobId();
	}

	static Outcome expected(Route route, Persona persona, boolean withCsrf) {
		boolean anonymous = persona == Persona.ANONYMOUS || persona == Persona.ANONYMOUS_HTMX;
		if (route.mutates() && !withCsrf) {
			// no token: refused before anyone looks at roles; someone signed out is sent
			// to sign in
			return anonymous ? signIn(persona) : Outcome.FORBIDDEN;
		}
		if (route.access() == Access.PUBLIC) {
			return Outcome.ALLOWED;
		}
		if (anonymous) {
			return signIn(persona);
		}
		if (persona == Persona.NO_ROLE
				|| (route.access() == Access.OPERATOR && (persona == Persona.VIEWER || persona == Persona.AUDITOR))
				|| (route.access() == Access.AUDIT && persona == Persona.VIEWER)) {
			return Outcome.FORBIDDEN;
		}
		return Outcome.ALLOWED;
	}

	private static Outcome signIn(Persona persona) {
		return (persona == Persona.ANONYMOUS_HTMX) ? Outcome.HTMX_SIGN_IN : Outcome.SIGN_IN;
	}

	enum Access {

		PUBLIC, VIEWER, OPERATOR,
		/** the audit trail: auditors and operators */
		AUDIT

	}

	enum Outcome {

		SIGN_IN, HTMX_SIGN_IN, FORBIDDEN, ALLOWED

	}

	enum Persona {

		ANONYMOUS, ANONYMOUS_HTMX, NO_ROLE, VIEWER, AUDITOR, OPERATOR;

		void apply(MockHttpServletRequestBuilder request) {
			switch (this) {
				case ANONYMOUS -> {
				}
				case ANONYMOUS_HTMX -> request.header("HX-Request", "true");
				case NO_ROLE -> request.with(oidcLogin());
				case VIEWER -> request.with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_VIEWER")));
				case AUDITOR -> request.with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_AUDITOR"),
						new SimpleGrantedAuthority("ROLE_VIEWER")));
				case OPERATOR -> request.with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_OPERATOR"),
						new SimpleGrantedAuthority("ROLE_VIEWER")));
			}
		}

	}

	record Route(HttpMethod method, String pattern, String example, Access access, int allowedStatus) {

		static Route of(HttpMethod method, String pattern, String example, Access access, int allowedStatus) {
			return new Route(method, pattern, example, access, allowedStatus);
		}

		boolean mutates() {
			return !HttpMethod.GET.equals(this.method) && !HttpMethod.HEAD.equals(this.method);
		}

		String key() {
			return this.method.name() + " " + this.pattern;
		}

	}

}
