package io.maciedashboard.findings;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.maciedashboard.macie.Finding;
import io.maciedashboard.macie.FindingFilter;
import io.maciedashboard.macie.FindingListQuery;
import io.maciedashboard.macie.FindingPage;
import io.maciedashboard.macie.FindingSeverity;
import io.maciedashboard.macie.FindingSort;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.JobType;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieException.Kind;
import io.maciedashboard.macie.MacieFindings;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.ManagedIdentifierSelector;
import io.maciedashboard.macie.ObjectScope;
import io.maciedashboard.macie.Place;
import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.macie.BucketScope;
import io.maciedashboard.security.AuditLog;
import io.maciedashboard.security.SecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(FindingsController.class)
@Import(SecurityConfiguration.class)
class FindingsControllerTest {

	private static final String LIST = "/jobs/111122223333/us-east-1/" + TestFindings.JOB_ID + "/findings";

	private static final String FINDING = LIST + "/" + TestFindings.FINDING_ID;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MacieJobs jobs;

	@MockitoBean
	MacieFindings findings;

	@MockitoBean
	AuditLog audit;

	@BeforeEach
	void aJobInTwoPlaces() {
		// the lookup's own rules (id shape, not found) over the stubbed describeJob
		given(this.jobs.findJob(any(), any())).willCallRealMethod();
		given(this.jobs.place(anyString(), anyString()))
			.willAnswer((call) -> Stream.of(TestPlaces.HOME, TestPlaces.IRELAND)
				.filter((place) -> place.is(call.getArgument(0), call.getArgument(1)))
				.findFirst());
		given(this.jobs.describeJob(any(Place.class), anyString())).willReturn(job("Payroll <b>scan</b>"));
		given(this.findings.findings(any(), any())).willReturn(new FindingPage(List.of(), null));
	}

	static Job job(String name) {
		return new Job(TestFindings.JOB_ID, "arn",
				new JobDefinition(name, null, JobType.ONE_TIME, null, false, 100,
						new BucketScope.SpecificBuckets(List.of()), new ObjectScope(List.of(), List.of()),
						ManagedIdentifierSelector.RECOMMENDED, List.of(), List.of(), List.of(), java.util.Map.of()),
				JobStatus.COMPLETE, TestFindings.UPDATED, TestFindings.UPDATED, false, 1, 0L, null);
	}

	private static RequestPostProcessor viewer() {
		return oidcLogin().authorities(() -> "ROLE_VIEWER");
	}

	private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(viewer()))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private FindingListQuery askedFor() {
		ArgumentCaptor<FindingListQuery> query = ArgumentCaptor.forClass(FindingListQuery.class);
		verify(this.findings).findings(org.mockito.ArgumentMatchers.eq(TestPlaces.HOME), query.capture());
		return query.getValue();
	}

	@Test
	void theDefaultViewIsTheJobsUnarchivedFindingsNewestFirstWithEveryColumn() throws Exception {
		given(this.findings.findings(any(), any()))
			.willReturn(new FindingPage(List.of(TestFindings.finding()), "token+/=1"));

		Document page = page(get(LIST), 200);

		assertThat(askedFor()).isEqualTo(new FindingListQuery(FindingFilter.unarchived(TestFindings.JOB_ID),
				FindingSort.UPDATED, true, 25, null));
		assertThat(page.selectFirst("h1").text()).isEqualTo("Findings of Payroll <b>scan</b>");
		assertThat(page.select("h1 b")).isEmpty();
		assertThat(page.select(".findings-table thead th")).extracting((th) -> th.text())
			.containsExactly("Severity", "Type", "Bucket and object", "Occurrences by data type", "Updated");
		org.jsoup.nodes.Element row = page.selectFirst(".findings-table tbody tr");
		assertThat(row.select("td")).extracting((td) -> td.text())
			.containsExactly("High", "Personal information", "payroll-exports 2026/06/payroll.csv",
					"USA_SOCIAL_SECURITY_NUMBER: 1204 Employee ID: 7", "9 Jun 2026, 10:15 UTC");
		assertThat(row.selectFirst("a").attr("href")).isEqualTo(FINDING);
		assertThat(row.select("bdi")).isNotEmpty();
		// Macie's token keeps its "+", "/" and "=" through the link
		assertThat(page.selectFirst("#findings-next-page").attr("href")).isEqualTo(LIST + "?page=token%2B%2F%3D1");
		assertThat(page.select("#findings-first-page")).isEmpty();
		assertThat(page.selectFirst("#finding-result-count").text()).isEqualTo("1 finding on this page.");
	}

	@Test
	void everyFilterAndTheSortComeFromTheUrlAndStayInTheNextPagesLink() throws Exception {
		given(this.findings.findings(any(), any()))
			.willReturn(new FindingPage(List.of(TestFindings.finding()), "next"));

		Document page = page(get(LIST).param("severity", "high")
			.param("type", "Financial")
			.param("bucket", "payroll-exports")
			.param("archived", "any")
			.param("sort", "severity")
			.param("dir", "asc")
			.param("page", "earlier"), 200);

		assertThat(askedFor())
			.isEqualTo(
					new FindingListQuery(
							new FindingFilter(TestFindings.JOB_ID, FindingSeverity.HIGH,
									"SensitiveData:S3Object/Financial", "payroll-exports", null),
							FindingSort.SEVERITY, false, 25, "earlier"));
		String filters = "?severity=High&type=Financial&bucket=payroll-exports&archived=any&sort=severity&dir=asc";
		assertThat(page.selectFirst("#findings-next-page").attr("href")).isEqualTo(LIST + filters + "&page=next");
		assertThat(page.selectFirst("#findings-first-page").attr("href")).isEqualTo(LIST + filters);
		assertThat(page.selectFirst("#severity option[selected]").val()).isEqualTo("High");
		assertThat(page.selectFirst("#type option[selected]").val()).isEqualTo("Financial");
		assertThat(page.selectFirst("#bucket").val()).isEqualTo("payroll-exports");
		assertThat(page.selectFirst("#archived option[selected]").val()).isEqualTo("any");
		assertThat(page.selectFirst("#sort option[selected]").val()).isEqualTo("severity");
		assertThat(page.selectFirst("#dir option[selected]").val()).isEqualTo("asc");
		assertThat(page.selectFirst("#finding-filters").attr("method")).isEqualTo("get");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			archived=yes                       | true
			archived=no                        | false
			type=SensitiveData:S3Object/Multiple | false
			""")
	void archivedAndFullTypeNamesAreRead(String parameter, boolean archived) throws Exception {
		String[] pair = parameter.split("=", 2);
		page(get(LIST).param(pair[0], pair[1]), 200);

		FindingFilter filter = askedFor().filter();
		assertThat(filter.archived()).isEqualTo(archived);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			severity | Critical          | “Critical” is not a severity
			type     | Policy            | “Policy” is not a finding type of a job
			bucket   | Not_A_Bucket      | “Not_A_Bucket” is not an S3 bucket name
			archived | maybe             | “maybe” is not one of no, yes or any
			sort     | colour            | “colour” is not a sort
			dir      | up                | “up” is not asc or desc
			page     | 'a b'             | This page link is damaged
			""")
	void aValueThatCannotBeReadIsNamedAndNothingIsAskedOfMacie(String parameter, String value, String problem)
			throws Exception {
		Document page = page(get(LIST).param(parameter, value), 400);

		assertThat(page.selectFirst("#finding-results [role=alert]").text()).contains(parameter + ": " + problem);
		assertThat(page.selectFirst("#" + parameter + "-error, #finding-results").text()).contains(problem);
		verify(this.findings, never()).findings(any(), any());
	}

	@Test
	void aParameterGivenTwiceIsAProblem() throws Exception {
		Document page = page(get(LIST).param("severity", "High", "Low"), 400);

		assertThat(page.selectFirst("#finding-results [role=alert]").text())
			.contains("severity: Give one severity, not 2.");
	}

	@Test
	void aForgedPageTokenThatMacieRefusesSaysToStartAgain() throws Exception {
		given(this.findings.findings(any(), any()))
			.willThrow(new MacieException(Kind.VALIDATION, "nextToken: not valid for this request", null));

		Document page = page(get(LIST).param("severity", "High").param("page", "forged"), 400);

		assertThat(page.selectFirst("#finding-results [role=alert]").text()).contains("This page link no longer works")
			.contains("Start again from the first page");
		assertThat(page.selectFirst("#finding-results [role=alert] a").attr("href")).isEqualTo(LIST + "?severity=High");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			UNAVAILABLE   | 503
			THROTTLED     | 503
			ACCESS_DENIED | 502
			NOT_ENABLED   | 502
			""")
	void macieFailingIsSaidInItsWords(Kind kind, int status) throws Exception {
		given(this.findings.findings(any(), any()))
			.willThrow(new MacieException(kind, "Macie said <no> in words.", null));

		Document page = page(get(LIST), status);

		assertThat(page.selectFirst("#finding-results [role=alert]").text())
			.contains("The findings could not be loaded")
			.contains("Macie said <no> in words.");
	}

	@Test
	void noFindingsIsExplainedWithMaciesNinetyDays() throws Exception {
		Document page = page(get(LIST), 200);

		assertThat(page.selectFirst(".panel--empty").text()).contains("This job has no unarchived findings.")
			.contains("Macie keeps findings for 90 days");
		Document filtered = page(get(LIST).param("severity", "Low"), 200);
		assertThat(filtered.selectFirst(".panel--empty").text()).contains("No findings match these filters.");
		assertThat(filtered.selectFirst(".panel--empty a").attr("href")).isEqualTo(LIST);
	}

	@Test
	void anUnknownPlaceOrJobIsNotFound() throws Exception {
		page(get("/jobs/999999999999/us-east-1/" + TestFindings.JOB_ID + "/findings"), 404);
		given(this.jobs.describeJob(any(Place.class), anyString()))
			.willThrow(new MacieException(Kind.NOT_FOUND, "gone", null));
		Document page = page(get(LIST), 404);
		assertThat(page.selectFirst("h1").text()).isEqualTo("There is no job with this id");
		page(get("/jobs/111122223333/us-east-1/not.an.id/findings"), 404);
	}

	@Test
	void aJobMacieCannotDescribeIsUnavailable() throws Exception {
		given(this.jobs.describeJob(any(Place.class), anyString()))
			.willThrow(new MacieException(Kind.THROTTLED, "Macie is busy, try again in a moment.", null));

		Document page = page(get(FINDING), 503);

		assertThat(page.text()).contains("Macie is busy, try again in a moment.");
	}

	@Test
	void theFindingsOfAJobInAnotherPlaceAreAskedThere() throws Exception {
		page(get("/jobs/111122223333/eu-west-1/" + TestFindings.JOB_ID + "/findings"), 200);

		verify(this.findings).findings(org.mockito.ArgumentMatchers.eq(TestPlaces.IRELAND), any());
	}

	@Test
	void signedOutPeopleAreSentToSignInAndPeopleWithoutARoleRefused() throws Exception {
		this.mvc.perform(get(LIST + "?severity=High")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(LIST).with(oidcLogin())).andExpect(status().isForbidden());
	}

	@Test
	void aFindingShowsEverythingMacieSaysReadably() throws Exception {
		given(this.findings.finding(TestPlaces.HOME, TestFindings.FINDING_ID))
			.willReturn(Optional.of(TestFindings.finding()));

		Document page = page(get(FINDING), 200);

		assertThat(page.selectFirst("h1").text()).isEqualTo("High Personal information");
		assertThat(page.select("script:containsData(alert)")).isEmpty();
		assertThat(page.text()).contains("<script>alert(1)</script> in the object");
		assertThat(page.select(".data-types-table tbody tr")).extracting((tr) -> tr.text())
			.containsExactly(
					"USA_SOCIAL_SECURITY_NUMBER Personal information 1,204 Cell B2 (column \"ssn\") Cell B3 (column \"ssn\")",
					"Employee ID Custom data identifier 7 Lines 4 to 9");
		assertThat(page.text()).contains("there are more occurrences than those listed here")
			.contains("never the data itself");
		String object = page.selectFirst("#object-heading").parent().text();
		assertThat(object).contains("2026/06/payroll.csv")
			.contains("text/csv")
			.contains("20 KB")
			.contains("Amazon S3 managed keys (SSE-S3)")
			.contains("Not publicly accessible")
			.contains("STANDARD");
		String bucket = page.selectFirst("#bucket-heading").parent().text();
		assertThat(bucket).contains("arn:aws:s3:::payroll-exports")
			.contains("Not public")
			.contains("AWS KMS keys (SSE-KMS)")
			.contains("arn:aws:kms:us-east-1:111122223333:key/k1")
			.contains("Refused by the bucket policy")
			.contains("team = payroll");
		assertThat(page.selectFirst("#finding-console-link").attr("href"))
			.startsWith("https://us-east-1.console.aws.amazon.com/macie/home?region=us-east-1#findings?search=id%3D"
					+ TestFindings.FINDING_ID);
		assertThat(page.selectFirst("#finding-result-link").attr("href")).isEqualTo(
				"https://us-east-1.console.aws.amazon.com/s3/buckets/acme-macie-discovery-results?region=us-east-1&prefix=macie/AWSLogs/111122223333/Macie/us-east-1/"
						+ TestFindings.JOB_ID + "/&showversions=false");
		assertThat(page.selectFirst("#finding-back").attr("href")).isEqualTo(LIST);
	}

	@Test
	void aFindingOfAnotherRegionLinksThatRegionsConsole() throws Exception {
		given(this.findings.finding(TestPlaces.IRELAND, TestFindings.FINDING_ID))
			.willReturn(Optional.of(TestFindings.finding()));

		Document page = page(
				get("/jobs/111122223333/eu-west-1/" + TestFindings.JOB_ID + "/findings/" + TestFindings.FINDING_ID),
				200);

		assertThat(page.selectFirst("#finding-console-link").attr("href"))
			.startsWith("https://eu-west-1.console.aws.amazon.com/macie/home?region=eu-west-1#");
	}

	@ParameterizedTest
	@ValueSource(strings = { "gone", "other-job", "bad id" })
	void aFindingMacieDoesNotHaveOrOfAnotherJobIsExplained(String which) throws Exception {
		String id = which.equals("bad id") ? "not.an.id" : TestFindings.FINDING_ID;
		Optional<Finding> answer = which.equals("other-job")
				? Optional.of(new Finding(TestFindings.FINDING_ID, "SensitiveData:S3Object/Personal",
						FindingSeverity.LOW, null, null, 1, false, null, null, "us-east-1", "111122223333",
						new Finding.Classification("another", null, null, null, null, null, null, false, List.of()),
						null, null))
				: Optional.empty();
		given(this.findings.finding(any(), anyString())).willReturn(answer);

		Document page = page(get(LIST + "/" + id), 404);

		assertThat(page.selectFirst("h1").text()).isEqualTo("This finding is not in Macie");
		assertThat(page.text()).contains("Macie keeps findings for 90 days");
		assertThat(page.selectFirst("#gone-findings-link").attr("href")).isEqualTo(LIST);
	}

}
