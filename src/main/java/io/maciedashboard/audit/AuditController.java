package io.maciedashboard.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.Place;

import org.springframework.dao.DataAccessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit page ({@code /audit}, auditors and operators): attempts newest first, with
 * their outcome, filtered by the URL's parameters (a bookmark keeps them), a page at a
 * time (older pages by id); and the CSV export of every row the filters match, written
 * while the rows are read.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'OPERATOR')")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditRepository repository;

	private final MacieJobs macie;

	AuditController(AuditRepository repository, MacieJobs macie) {
		this.repository = repository;
		this.macie = macie;
	}

	@GetMapping
	String page(@ModelAttribute("filters") AuditFilters filters, Model model) {
		Map<String, String> problems = filters.problems();
		List<AuditEntry> rows;
		boolean unavailable = false;
		try {
			rows = this.repository.find(filters.query(), PAGE_SIZE + 1);
		}
		catch (DataAccessException ex) {
			rows = List.of();
			unavailable = true;
		}
		boolean more = rows.size() > PAGE_SIZE;
		List<AuditEntry> shown = more ? rows.subList(0, PAGE_SIZE) : rows;
		String older = more ? filters.url("/audit", shown.get(shown.size() - 1).id()) : null;
		String newest = (filters.query().before() != null) ? filters.url("/audit", null) : null;
		model.addAttribute("view",
				new AuditPageView(shown, problems, unavailable, older, newest, filters.url("/audit/export.csv", null),
						Arrays.asList(AuditAction.values()), Arrays.asList(Outcome.values()), places()));
		return "audit/page";
	}

	/** The configured places, for the place filter; none while they cannot be known. */
	private List<Place> places() {
		try {
			return this.macie.places();
		}
		catch (MacieException ex) {
			return List.of();
		}
	}

	@GetMapping("/export.csv")
	ResponseEntity<StreamingResponseBody> export(@ModelAttribute AuditFilters filters) {
		AuditQuery query = filters.query();
		AuditQuery everyPage = new AuditQuery(query.person(), query.action(), query.outcome(), query.job(),
				query.place(), query.from(), query.to(), null);
		StreamingResponseBody body = (stream) -> {
			var out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			AuditCsv.header(out);
			this.repository.stream(everyPage, (entry) -> AuditCsv.entry(out, entry));
			out.flush();
		};
		return ResponseEntity.status(HttpStatus.OK)
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("audit-trail.csv").build().toString())
			.body(body);
	}

	/**
	 * What the page shows.
	 *
	 * @param older the next (older) page's URL, or null
	 * @param newest the first page's URL when this is not it, else null
	 * @param places the configured places, offered by the place filter
	 */
	record AuditPageView(List<AuditEntry> rows, Map<String, String> problems, boolean unavailable, String older,
			String newest, String exportUrl, List<AuditAction> actions, List<Outcome> outcomes, List<Place> places) {

		public String problem(String field) {
			return this.problems.get(field);
		}

	}

}
