package io.maciedashboard.builder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.maciedashboard.macie.BucketQuery;
import io.maciedashboard.macie.TestPlaces;
import io.maciedashboard.macie.CreateJobRequest;
import io.maciedashboard.macie.CreateOutcome;
import io.maciedashboard.macie.CustomDataIdentifier;
import io.maciedashboard.macie.Job;
import io.maciedashboard.macie.JobDefinition;
import io.maciedashboard.macie.JobStatus;
import io.maciedashboard.macie.MacieException;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.audit.AuditRepository;
import io.maciedashboard.audit.AuditTrail;
import io.maciedashboard.audit.JobRef;
import io.maciedashboard.audit.Outcome;
import io.maciedashboard.security.AuditLog;
import io.maciedashboard.security.SecurityConfiguration;
import io.maciedashboard.web.OneFlashPerPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(JobBuilderController.class)
@Import({ SecurityConfiguration.class, AuditTrail.class, BuilderPage.class, OneFlashPerPage.class })
class JobBuilderControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MacieJobs macie;

	@MockitoBean
	AuditLog auditLog;

	@MockitoBean
	AuditRepository auditRepository;

	@BeforeEach
	void macieHolds() {
		BuilderFixtures.holdsTheFixtures(this.macie);
	}

	private static RequestPostProcessor operator() {
		return oidcLogin().authorities(() -> "ROLE_OPERATOR");
	}

	private static RequestPostProcessor viewer() {
		return oidcLogin().authorities(() -> "ROLE_VIEWER");
	}

	private static MockHttpServletRequestBuilder postForm(JobForm form, String action) {
		MultiValueMap<String, String> params = FormParams.of(form);
		params.set("action", action);
		return post("/jobs/new").params(params).with(csrf()).with(operator());
	}

	/**
	 * The form as the review step leaves it: with the fingerprint of the request it
	 * showed.
	 */
	private static JobForm reviewed(JobForm form) {
		form.reviewedFingerprint = "111122223333/us-east-1 " + request(form).fingerprint();
		return form;
	}

	private static CreateJobRequest request(JobForm form) {
		return CreateJobRequest.of(JobFormDefinitionTest.definition(form), form.clientToken);
	}

	/** As htmx posts from a section: its hx-target's id arrives as HX-Target. */
	private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request, String target) {
		return request.header("HX-Request", "true").header("HX-Target", target);
	}

	private static CreateOutcome.Created created(String jobId, String name) {
		return new CreateOutcome.Created(jobId, "arn:job/" + jobId, name, true);
	}

	@Test
	void anOperatorGetsAnEmptyFormWithAFreshClientTokenAndMaciesChoices() throws Exception {
		String page = this.mvc.perform(get("/jobs/new").with(operator()))
			.andExpect(status().isOk())
			.andExpect(view().name("builder/form"))
			.andExpect(content().string(containsString("New classification job")))
			.andExpect(content().string(containsString("<h3>Financial information</h3>")))
			.andExpect(content().string(containsString("value=\"USA_PASSPORT_NUMBER\"")))
			.andExpect(content().string(containsString("Employee id")))
			.andExpect(content().string(containsString("Test card numbers")))
			.andExpect(content().string(containsString("public-website")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).containsPattern("name=\"clientToken\" value=\"[0-9a-f-]{36}\"");
		assertThat(page).contains("Choose or type valid buckets to see what the job would analyse.");
	}

	@Test
	void eachFormGetsItsOwnClientToken() throws Exception {
		assertThat(clientToken(this.mvc.perform(get("/jobs/new").with(operator())).andReturn()))
			.isNotEqualTo(clientToken(this.mvc.perform(get("/jobs/new").with(operator())).andReturn()));
	}

	private static String clientToken(MvcResult result) throws Exception {
		String page = result.getResponse().getContentAsString();
		int at = page.indexOf("name=\"clientToken\" value=\"") + "name=\"clientToken\" value=\"".length();
		return page.substring(at, page.indexOf('"', at));
	}

	@Test
	void viewersMayNeitherOpenNorPostTheBuilder() throws Exception {
		this.mvc.perform(get("/jobs/new").with(viewer())).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/jobs/new").params(FormParams.of(BuilderFixtures.specificBucketsForm()))
				.param("action", "create")
				.with(csrf())
				.with(viewer()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(htmx(post("/jobs/new").param("action", "add:tags").with(csrf()).with(viewer()), "section-tags"))
			.andExpect(status().isForbidden());
		verify(this.macie, never()).createJob(any(), any());
	}

	@Test
	void signedOutPeopleAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/jobs/new"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/oauth2/authorization/sso"));
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/jobs/new").params(FormParams.of(BuilderFixtures.specificBucketsForm()))
				.param("action", "create")
				.with(operator()))
			.andExpect(status().isForbidden());
		verify(this.macie, never()).createJob(any(), any());
	}

	@Test
	void htmxAddsATagRowAndAnswersWithTheTagsSectionOnly() throws Exception {
		JobForm form = BuilderFixtures.specificBucketsForm();

		String fragment = this.mvc.perform(htmx(postForm(form, "add:tags"), "section-tags"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(fragment).startsWith("<div id=\"section-tags\"").doesNotContain("<html").doesNotContain("<form");
		assertThat(fragment).contains("name=\"tags[0].key\" value=\"team\"", "name=\"tags[1].value\" value=\"42\"",
				"name=\"tags[2].key\" value=\"\"");
		assertThat(fragment).contains("hx-post=\"/jobs/new\"", "value=\"remove:tags:2\"");
	}

	@Test
	void withoutJavaScriptTheSameButtonReturnsTheWholePageWithTheRowAddedAndEverythingKept() throws Exception {
		JobForm form = BuilderFixtures.specificBucketsForm();

		String page = this.mvc.perform(postForm(form, "add:tags"))
			.andExpect(status().isOk())
			.andExpect(view().name("builder/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<html", "name=\"tags[2].key\" value=\"\"", "value=\"Weekly PII sweep\"",
				"value=\"8d0c5c43-5d9f-4f5b-9b3c-2f7d8f1f0a11\"", "exports/\nreports, 2026/",
				"name=\"objectExcludes[0].size\" value=\"1.5\"", "value=\"2024-01-01T01:00\"");
		assertThat(page).doesNotContain("things to fix").doesNotContain("class=\"field__error\"");
	}

	@Test
	void removingAConditionKeepsTheOthersInOrder() throws Exception {
		JobForm form = BuilderFixtures.specificBucketsForm();

		String fragment = this.mvc.perform(htmx(postForm(form, "remove:objectIncludes:0"), "section-object-scope"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(fragment).startsWith("<fieldset id=\"section-object-scope\"");
		assertThat(fragment).contains("name=\"objectIncludes[0].valuesText\"", "exports/\nreports, 2026/")
			.doesNotContain(".csv, xlsx")
			.contains("name=\"objectIncludes[1].tagValues[0].key\" value=\"classification\"")
			.doesNotContain("objectIncludes[2]");
	}

	@Test
	void aTagPairIsAddedInsideItsCondition() throws Exception {
		JobForm form = BuilderFixtures.bucketCriteriaForm();

		String fragment = this.mvc.perform(htmx(postForm(form, "add:bucketIncludes[2].tagValues"), "section-buckets"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(fragment).startsWith("<fieldset id=\"section-buckets\"")
			.contains("name=\"bucketIncludes[2].tagValues[1].value\" value=\"public\"")
			.contains("name=\"bucketIncludes[2].tagValues[2].key\" value=\"\"");
	}

	@Test
	void aRowWhoseKeyChangedIsRedrawnWithOnlyTheComparatorsAndInputOfItsKey() throws Exception {
		JobForm form = BuilderFixtures.specificBucketsForm();
		form.objectIncludes.get(0).key = "OBJECT_SIZE";

		String fragment = this.mvc.perform(htmx(postForm(form, "refresh:objectScope"), "section-object-scope"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String firstRow = fragment.substring(fragment.indexOf("objectIncludes[0].key"),
				fragment.indexOf("objectIncludes[1].key"));
		assertThat(firstRow).contains("name=\"objectIncludes[0].size\"", "larger than", "at most")
			.doesNotContain("starts with")
			.doesNotContain("<textarea")
			// the extensions typed before the key changed are kept, hidden
			.contains("type=\"hidden\" name=\"objectIncludes[0].valuesText\" value=\".csv, xlsx\"");
	}

	@Test
	void bucketCriteriaWithEnumeratedValuesOfferThemAsChoices() throws Exception {
		String fragment = this.mvc
			.perform(htmx(postForm(BuilderFixtures.bucketCriteriaForm(), "refresh:buckets"), "section-buckets"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document section = Jsoup.parse(fragment);
		assertThat(section.selectFirst("input[name='bucketIncludes[1].choices'][value=PUBLIC]").hasAttr("checked"))
			.isTrue();
		assertThat(section.selectFirst("input[name='bucketIncludes[1].choices'][value=NOT_PUBLIC]").hasAttr("checked"))
			.isFalse();
		assertThat(section.selectFirst("input[name='bucketExcludes[1].choices'][value=NOT_SHARED]").hasAttr("checked"))
			.isFalse();
	}

	@Test
	void thePreviewSaysWhatCriteriaMatchNowAndThatTheyAreEvaluatedAgain() throws Exception {
		String fragment = this.mvc.perform(htmx(postForm(BuilderFixtures.bucketCriteriaForm(), "preview"), "preview"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(fragment).startsWith("<section id=\"preview\"")
			.contains("<strong>1 bucket</strong>", "public-website", "300 MB", "100 MB",
					"Criteria are evaluated again before every run")
			.doesNotContain("finance-reports");
	}

	@Test
	void thePreviewOfSpecificBucketsNamesThoseMissingFromTheInventory() throws Exception {
		this.mvc.perform(postForm(BuilderFixtures.specificBucketsForm(), "preview"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>2 buckets</strong>")))
			.andExpect(content().string(containsString("7.0 GB")))
			.andExpect(content().string(
					containsString("<bdi>444455556666/customer-uploads</bdi>, <bdi>444455556666/archive.2024</bdi>")));
	}

	@Test
	void searchingTheInventoryKeepsTheBucketsAlreadyChosen() throws Exception {
		JobForm form = BuilderFixtures.specificBucketsForm();
		form.bucketSearch = "hr";

		String fragment = this.mvc.perform(htmx(postForm(form, "search-buckets"), "bucket-picker"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(fragment).startsWith("<div id=\"bucket-picker\"")
			.contains("Buckets whose name starts with hr", "value=\"111122223333/hr-exports\"")
			.containsOnlyOnce("value=\"111122223333/finance-reports\"");
		assertThat(Jsoup.parse(fragment)
			.selectFirst("input[name=selectedBuckets][value='111122223333/finance-reports']")
			.hasAttr("checked")).isTrue();
		verify(this.macie).describeBuckets(TestPlaces.HOME, new BucketQuery(List.of(), "hr", 50, null));
	}

	@Test
	void reviewingAnInvalidFormShowsEachProblemBesideItsFieldAndSendsNothing() throws Exception {
		JobForm form = BuilderFixtures.specificBucketsForm();
		form.name = "";
		form.samplingPercentage = "0";
		form.typedBuckets.get(0).accountId = "12345";

		this.mvc.perform(postForm(form, "review"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 things to fix")))
			.andExpect(content()
				.string(containsString("<p class=\"field__error\" id=\"name-error\">Give the job a name.</p>")))
			.andExpect(content().string(containsString("Enter a whole number from 1 to 100.")))
			.andExpect(content().string(containsString("An AWS account id is 12 digits")))
			.andExpect(content().string(containsString("value=\"12345\"")))
			.andExpect(content().string(not(containsString("The job in words"))));
		verify(this.macie, never()).createJob(any(), any());
	}

	@Test
	void theReviewShowsTheJobInTheJobPagesWordsTheExactRequestAndTheDataToScan() throws Exception {
		JobForm form = BuilderFixtures.specificBucketsForm();

		String page = this.mvc.perform(postForm(form, "review"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		CreateJobRequest request = request(form);
		String json = request.json();
		assertThat(page)
			.contains("The job in words", "Weekly on Monday", "4 specific buckets in 2 accounts",
					"In account 111122223333: finance-reports and hr-exports",
					"Only objects with extension csv or xlsx", "Exclude objects larger than 1.5 MB",
					"Exclude objects last modified before 2024-01-01 00:00 UTC", "Only these managed data identifiers",
					"Employee id", "Test card numbers")
			.contains(org.springframework.web.util.HtmlUtils.htmlEscape(json))
			.contains("aws macie2 create-classification-job --region us-east-1 --cli-input-json")
			.contains("<dt>Place</dt>")
			// finance-reports and hr-exports are in the inventory: (4 GB + 1 GB) x 50 %
			.containsPattern("About <strong>\\s*<data class=\"size\" value=\"2500000000\"")
			.contains("name=\"reviewedFingerprint\" value=\"111122223333/us-east-1 " + request.fingerprint() + "\"");
		// no stray spaces: "Monday;", "50%", "(5.0 GB)"
		String text = org.jsoup.Jsoup.parse(page).selectFirst(".review__facts").text();
		assertThat(text).contains("Weekly on Monday; ", "50% of the objects")
			.doesNotContain("Monday ;", " %", "( ")
			.containsPattern("\\([0-9.]+ [KMGT]?B\\)");
	}

	@Test
	void creatingTheReviewedJobRedirectsToItsPageWithAFlashAndAnAuditLine() throws Exception {
		JobForm form = reviewed(BuilderFixtures.specificBucketsForm());
		given(this.macie.createJob(any(), any())).willReturn(created("abc123", "Weekly PII sweep"));

		this.mvc.perform(postForm(form, "create"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/jobs/111122223333/us-east-1/abc123"))
			.andExpect(flash().attribute("flash", "Job \"Weekly PII sweep\" created."));

		ArgumentCaptor<CreateJobRequest> sent = ArgumentCaptor.forClass(CreateJobRequest.class);
		verify(this.macie).createJob(eq(TestPlaces.HOME), sent.capture());
		assertThat(sent.getValue().json()).isEqualTo(request(form).json());
		verify(this.auditLog).record(any(Authentication.class), eq("CREATE"), eq("abc123"), eq("ok"));
		// the trail names the place, before Macie answers and in the outcome
		ArgumentCaptor<AuditRepository.AttemptRow> attempt = ArgumentCaptor.forClass(AuditRepository.AttemptRow.class);
		verify(this.auditRepository).insertAttempt(any(), attempt.capture());
		assertThat(attempt.getValue().job()).isEqualTo(new JobRef(null, form.name, "us-east-1", "111122223333"));
		verify(this.auditRepository).insertOutcome(anyLong(), any(), eq(Outcome.DONE), isNull(),
				eq(new JobRef("abc123", "Weekly PII sweep", "us-east-1", "111122223333")));
	}

	/**
	 * A create answered with a redirect draws no page, so it asks Macie for nothing else.
	 */
	@Test
	void aCreateAnsweredWithARedirectReadsNoListsNoInventoryNoPreview() throws Exception {
		JobForm form = reviewed(BuilderFixtures.specificBucketsForm());
		given(this.macie.createJob(any(), any())).willReturn(created("abc123", "Weekly PII sweep"));

		this.mvc.perform(postForm(form, "create")).andExpect(redirectedUrl("/jobs/111122223333/us-east-1/abc123"));

		verify(this.macie).createJob(any(), any());
		verify(this.macie, atLeastOnce()).places();
		verifyNoMoreInteractions(this.macie);
	}

	/**
	 * The review's estimate is the preview: one inventory read for it, one for the
	 * search.
	 */
	@Test
	void theReviewReadsTheInventoryOnceForItsPreview() throws Exception {
		this.mvc.perform(postForm(BuilderFixtures.specificBucketsForm(), "review")).andExpect(status().isOk());

		verify(this.macie).describeBuckets(TestPlaces.HOME, new BucketQuery(List.of(), null, 50, null));
		verify(this.macie).describeBuckets(TestPlaces.HOME,
				new BucketQuery(List.of("111122223333", "444455556666"), null, 50, null));
		verify(this.macie, times(2)).describeBuckets(any(), any());
	}

	@Test
	void submittingTheSamePageTwiceSendsTheSameClientTokenBothTimes() throws Exception {
		JobForm form = reviewed(BuilderFixtures.specificBucketsForm());
		given(this.macie.createJob(any(), any())).willReturn(created("abc123", "Weekly PII sweep"));

		this.mvc.perform(postForm(form, "create")).andExpect(redirectedUrl("/jobs/111122223333/us-east-1/abc123"));
		this.mvc.perform(postForm(form, "create")).andExpect(redirectedUrl("/jobs/111122223333/us-east-1/abc123"));

		ArgumentCaptor<CreateJobRequest> sent = ArgumentCaptor.forClass(CreateJobRequest.class);
		verify(this.macie, times(2)).createJob(eq(TestPlaces.HOME), sent.capture());
		assertThat(sent.getAllValues()).extracting(CreateJobRequest::clientToken)
			.containsOnly("8d0c5c43-5d9f-4f5b-9b3c-2f7d8f1f0a11");
	}

	/** A double click: one create, then its idempotent replay, in one session. */
	@Test
	void aReplayedCreateIsAuditedAsAReplayNotASecondCreate() throws Exception {
		JobForm form = reviewed(BuilderFixtures.specificBucketsForm());
		given(this.macie.createJob(any(), any())).willReturn(created("abc123", "Weekly PII sweep"));
		MockHttpSession session = new MockHttpSession();

		this.mvc.perform(postForm(form, "create").session(session))
			.andExpect(redirectedUrl("/jobs/111122223333/us-east-1/abc123"));
		this.mvc.perform(postForm(form, "create").session(session))
			.andExpect(redirectedUrl("/jobs/111122223333/us-east-1/abc123"));

		verify(this.auditLog, times(1)).record(any(Authentication.class), eq("CREATE"), eq("abc123"), eq("ok"));
		verify(this.auditLog, times(1)).record(any(Authentication.class), eq("CREATE"), eq("abc123"), eq("replay"));
	}

	/** Each action's message is shown once, on the page that follows it. */
	@Test
	void aDoubleClickedCreateLeavesOneMessageShownOnce() throws Exception {
		JobForm form = reviewed(BuilderFixtures.specificBucketsForm());
		given(this.macie.createJob(any(), any())).willReturn(created("abc123", "Weekly PII sweep"));
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(postForm(form, "create").session(session))
			.andExpect(redirectedUrl("/jobs/111122223333/us-east-1/abc123"));
		this.mvc.perform(postForm(form, "create").session(session))
			.andExpect(redirectedUrl("/jobs/111122223333/us-east-1/abc123"));

		Map<?, ?> first = followedFlash(session);
		Map<?, ?> second = followedFlash(session);

		assertThat(first.get("flash")).isEqualTo("Job \"Weekly PII sweep\" created.");
		assertThat(second).isNull();
	}

	/** The flash the next request for the created job's page receives. */
	private Map<?, ?> followedFlash(MockHttpSession session) throws Exception {
		return (Map<?, ?>) this.mvc
			.perform(get("/jobs/111122223333/us-east-1/abc123").session(session).with(operator()))
			.andReturn()
			.getRequest()
			.getAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE);
	}

	/**
	 * Create job A; then the same page (its client token) renamed to B: reviewing gives a
	 * new client token, and a create that Macie answers with A says so, never "B
	 * created".
	 */
	@Test
	void afterACreateTheFormGetsANewClientTokenAndMacieAnsweringWithTheFirstJobIsShownAsSuch() throws Exception {
		JobForm form = reviewed(BuilderFixtures.specificBucketsForm());
		given(this.macie.createJob(any(), any())).willReturn(created("job-a", "Name Macie holds"));
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(postForm(form, "create").session(session))
			.andExpect(flash().attribute("flash", "Job \"Name Macie holds\" created."));

		form.name = "Job B";
		String review = this.mvc.perform(postForm(form, "review").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(review).contains("The job in words", "Job B").doesNotContain(form.clientToken);

		given(this.macie.createJob(any(), any()))
			.willReturn(new CreateOutcome.Created("job-a", "arn:job/job-a", "Name Macie holds", false));
		String page = this.mvc.perform(postForm(reviewed(form), "create").session(session))
			.andExpect(status().isOk())
			.andExpect(flash().attributeCount(0))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.contains("Macie answered with another job", "<bdi>Name Macie holds</bdi>",
					"href=\"" + TestPlaces.HOME.jobPath("job-a") + "\"", "The job you reviewed was not created")
			.doesNotContain("Job B\" created")
			.doesNotContain("value=\"" + form.clientToken + "\"");
		verify(this.auditLog).record(any(Authentication.class), eq("CREATE"), eq("job-a"),
				eq("replay: not the reviewed job"));
	}

	/** The other answer Macie may give a client token used before for another request. */
	@Test
	void aClientTokenMacieRefusesIsReplacedAndTheJobReviewedAgain() throws Exception {
		JobForm form = reviewed(BuilderFixtures.specificBucketsForm());
		given(this.macie.createJob(any(), any()))
			.willReturn(new CreateOutcome.NotCreated(new MacieException(MacieException.Kind.CONFLICT,
					"Macie said: clientToken: already used for job job-a.", null)));

		Document page = Jsoup.parse(this.mvc.perform(postForm(form, "create"))
			.andExpect(status().isOk())
			.andExpect(flash().attributeCount(0))
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.selectFirst(".panel--error").text()).contains("Macie did not create the job",
				"clientToken: already used", "new client token: review the job again");
		assertThat(page.selectFirst("input[name=clientToken]").val()).isNotEqualTo(form.clientToken);
		assertThat(page.selectFirst("input[name=reviewedFingerprint]").val()).isEmpty();
		assertThat(page.select(".review")).isEmpty();
		verify(this.auditLog).record(any(Authentication.class), eq("CREATE"), isNull(), eq("failed: CONFLICT"));
	}

	@Test
	void aCreateMacieDidNotAnswerSaysTheOutcomeIsUnknownAndWhatToLookFor() throws Exception {
		JobForm form = reviewed(BuilderFixtures.specificBucketsForm());
		given(this.macie.createJob(any(), any()))
			.willReturn(new CreateOutcome.Unknown(new MacieException(MacieException.Kind.UNAVAILABLE,
					"Macie could not be reached in eu-west-1: it did not answer in time.", null)));

		Document page = Jsoup.parse(this.mvc.perform(postForm(form, "create"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		String panel = page.selectFirst(".panel--error").text();
		assertThat(panel).contains("Unknown", "did not answer in time", "Check the job list for a job named",
				"Weekly PII sweep", "before trying again");
		assertThat(page.selectFirst(".panel--error a").attr("href")).isEqualTo("/jobs?name=Weekly%20PII%20sweep");
		// trying again is safe: the same client token
		assertThat(page.selectFirst("input[name=clientToken]").val()).isEqualTo(form.clientToken);
		verify(this.auditLog).record(any(Authentication.class), eq("CREATE"), isNull(), eq("unknown: UNAVAILABLE"));
	}

	@Test
	void aJobChangedAfterItsReviewIsShownForReviewAgainNotCreated() throws Exception {
		JobForm form = reviewed(BuilderFixtures.specificBucketsForm());
		form.samplingPercentage = "10";

		this.mvc.perform(postForm(form, "create"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The job changed since you last reviewed it")))
			.andExpect(content().string(containsString("The job in words")));
		verify(this.macie, never()).createJob(any(), any());
	}

	@Test
	void maciesRefusalIsShownAtTheTopWithTheFormFilledIn() throws Exception {
		JobForm form = reviewed(BuilderFixtures.specificBucketsForm());
		given(this.macie.createJob(any(), any()))
			.willReturn(new CreateOutcome.NotCreated(new MacieException(MacieException.Kind.VALIDATION,
					"The bucket customer-uploads does not exist.", null)));

		this.mvc.perform(postForm(form, "create"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Macie did not create the job")))
			.andExpect(content().string(containsString("The bucket customer-uploads does not exist.")))
			.andExpect(content().string(containsString("value=\"Weekly PII sweep\"")))
			.andExpect(content().string(containsString("customer-uploads\narchive.2024")));
		verify(this.auditLog).record(any(Authentication.class), eq("CREATE"), isNull(), eq("failed: VALIDATION"));
	}

	@Test
	void thePageStillWorksWhenMacieCannotBeReached() throws Exception {
		MacieException down = new MacieException(MacieException.Kind.UNAVAILABLE, "Macie could not be reached.", null);
		given(this.macie.managedDataIdentifiers(TestPlaces.HOME)).willThrow(down);
		given(this.macie.describeBuckets(any(), any())).willThrow(down);

		this.mvc.perform(postForm(BuilderFixtures.specificBucketsForm(), "add:tags"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("could not be read: Macie could not be reached.")))
			.andExpect(content().string(containsString("value=\"Weekly PII sweep\"")));
	}

	@Test
	void copyingAJobPrefillsEveryFieldWithANewNameAndANewClientToken() throws Exception {
		JobForm original = BuilderFixtures.bucketCriteriaForm();
		JobDefinition definition = JobFormDefinitionTest.definition(original);
		given(this.macie.describeJob(TestPlaces.HOME, "0123456789abcdef0123456789abcdef"))
			.willReturn(new Job("0123456789abcdef0123456789abcdef", "arn:job", definition, JobStatus.IDLE,
					Instant.parse("2026-11-01T00:00:00Z"), null, false, 0, null, null));

		String page = this.mvc
			.perform(get("/jobs/new").param("copyOf", "0123456789abcdef0123456789abcdef").with(operator()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.contains("value=\"Copy of Monthly public buckets\"", "This form is a copy of job",
					"name=\"bucketIncludes[0].valuesText\"", "111122223333\n444455556666",
					"name=\"dayOfMonth\" value=\"31\"")
			.doesNotContain(original.clientToken);
	}

	@Test
	void aCopyStartsInItsJobsPlaceWhoseListsAndBucketsTheFormShows() throws Exception {
		given(this.macie.places()).willReturn(List.of(TestPlaces.HOME, TestPlaces.IRELAND));
		JobDefinition definition = JobFormDefinitionTest.definition(BuilderFixtures.bucketCriteriaForm());
		given(this.macie.describeJob(TestPlaces.IRELAND, "0123456789abcdef0123456789abcdef"))
			.willReturn(new Job("0123456789abcdef0123456789abcdef", "arn:job", definition, JobStatus.IDLE,
					Instant.parse("2026-11-01T00:00:00Z"), null, false, 0, null, null));
		given(this.macie.customDataIdentifiers(TestPlaces.IRELAND))
			.willReturn(List.of(new CustomDataIdentifier("cdi-eu", "EU staff numbers", null)));

		String page = this.mvc
			.perform(get("/jobs/new").param("copyOf", "0123456789abcdef0123456789abcdef")
				.param("place", "111122223333/eu-west-1")
				.with(operator()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document form = Jsoup.parse(page);
		assertThat(form.selectFirst("select[name=place] option[selected]").val()).isEqualTo("111122223333/eu-west-1");
		assertThat(form.select("select[name=place] option").eachText()).containsExactly("us-east-1 / 111122223333",
				"Production (Ireland) (eu-west-1 / 111122223333)");
		assertThat(page).contains("EU staff numbers");
		verify(this.macie, never()).describeJob(eq(TestPlaces.HOME), anyString());
		verify(this.macie, atLeastOnce()).describeBuckets(eq(TestPlaces.IRELAND), any());
		verify(this.macie, never()).describeBuckets(eq(TestPlaces.HOME), any());
	}

	@Test
	void theJobIsReviewedAndCreatedInTheChosenPlace() throws Exception {
		given(this.macie.places()).willReturn(List.of(TestPlaces.HOME, TestPlaces.IRELAND));
		JobForm form = BuilderFixtures.specificBucketsForm();
		form.place = "111122223333/eu-west-1";
		given(this.macie.managedDataIdentifiers(TestPlaces.IRELAND)).willReturn(BuilderFixtures.MANAGED);
		given(this.macie.customDataIdentifiers(TestPlaces.IRELAND)).willReturn(BuilderFixtures.CUSTOM);
		given(this.macie.allowLists(TestPlaces.IRELAND)).willReturn(BuilderFixtures.ALLOW_LISTS);

		String review = this.mvc.perform(postForm(form, "review"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(review).contains("aws macie2 create-classification-job --region eu-west-1 --cli-input-json")
			.contains("Production (Ireland)");

		form.reviewedFingerprint = "111122223333/eu-west-1 " + request(form).fingerprint();
		given(this.macie.createJob(any(), any())).willReturn(created("abc123", "Weekly PII sweep"));
		this.mvc.perform(postForm(form, "create")).andExpect(redirectedUrl("/jobs/111122223333/eu-west-1/abc123"));
		verify(this.macie).createJob(eq(TestPlaces.IRELAND), any());
	}

	@Test
	void aReviewForAnotherPlaceIsReviewedAgainBeforeCreating() throws Exception {
		given(this.macie.places()).willReturn(List.of(TestPlaces.HOME, TestPlaces.IRELAND));
		JobForm form = reviewed(BuilderFixtures.specificBucketsForm());
		form.place = "111122223333/eu-west-1";

		this.mvc.perform(postForm(form, "create"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The job changed since you last reviewed it")));
		verify(this.macie, never()).createJob(any(), any());
	}

	@Test
	void copyingAnUnknownJobSaysSoAndOpensAnEmptyForm() throws Exception {
		given(this.macie.describeJob(TestPlaces.HOME, "ffffffffffffffffffffffffffffffff"))
			.willThrow(new MacieException(MacieException.Kind.NOT_FOUND, "No such job.", null));

		this.mvc.perform(get("/jobs/new").param("copyOf", "ffffffffffffffffffffffffffffffff").with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no job with the id ffffffffffffffffffffffffffffffff")))
			.andExpect(content().string(containsString("name=\"name\" value=\"\"")));
	}

	@Test
	void aMalformedCopyIdIsNotSentToMacie() throws Exception {
		this.mvc.perform(get("/jobs/new").param("copyOf", "<script>alert(1)</script>").with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no job with that id")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		verify(this.macie, never()).describeJob(any(), anyString());
	}

	@Test
	void hostileInputGetsFieldMessagesNeverAnErrorPage() throws Exception {
		JobForm form = BuilderFixtures.specificBucketsForm();
		form.name = "<script>alert('x')</script>" + "n".repeat(10_000);
		form.description = "line\u0000break";
		form.schedule = "HOURLY";
		form.managedIdentifierSelector = "EVERYTHING";
		form.objectIncludes.get(0).key = "OBJECT_COLOUR";
		form.objectIncludes.get(1).comparator = "CONTAINS";
		form.tags.get(0).key = "k".repeat(129);

		String page = this.mvc.perform(postForm(form, "review").param("initialRun", "maybe"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.contains("A job name can have at most 500 characters.", "Remove the invisible control characters",
					"Choose when the job runs.", "Choose which managed data identifiers to use.",
					"Choose what the condition tests.", "Object key can only be compared with: starts with.",
					"A tag key can have at most 128 characters.")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert('x')");
		verify(this.macie, never()).createJob(any(), any());
		verifyNoInteractions(this.auditLog);
	}

	@Test
	void aForgedRowFarBeyondTheListsIsRefusedWithAMessageNotAnErrorPage() throws Exception {
		this.mvc.perform(postForm(BuilderFixtures.specificBucketsForm(), "review").param("tags[5000].key", "deep"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("more than 50 rows in a list; those were left out")))
			.andExpect(content().string(containsString("value=\"Weekly PII sweep\"")));
		this.mvc.perform(post("/jobs/new").param("tags[5000].key", "deep").with(csrf()).with(viewer()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("job-form"))));
		verify(this.macie, never()).createJob(any(), any());
	}

	/**
	 * The form's fields are set directly, where Spring 7.0 ignores the binder's
	 * collection limit: an index far beyond any list, at any depth, is still refused with
	 * a message.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "objectIncludes[100000].key", "objectIncludes[0].tagValues[100000].key",
			"selectedBuckets[100000]", "managedIdentifierIds[100000]", "typedBuckets[50].accountId" })
	void aHugeRowIndexAtAnyDepthIsRefusedWithAMessage(String field) throws Exception {
		this.mvc.perform(postForm(BuilderFixtures.specificBucketsForm(), "review").param(field, "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("more than 50 rows in a list; those were left out")))
			.andExpect(content().string(containsString("value=\"Weekly PII sweep\"")));
	}

	/** The binder grows no list beyond the limit, so nothing large is ever held. */
	@Test
	void theBinderGrowsNoListBeyondTheLimit() {
		JobForm form = new JobForm();
		ServletRequestDataBinder binder = new ServletRequestDataBinder(form, "jobForm");
		JobBuilderController.bindFields(binder);

		for (String field : List.of("objectIncludes[100000].key", "selectedBuckets[100000]")) {
			assertThatExceptionOfType(InvalidPropertyException.class)
				.isThrownBy(() -> binder.bind(new MutablePropertyValues(Map.of(field, "x"))));
		}
		binder.bind(new MutablePropertyValues(Map.of("objectIncludes[0].key", "TAG")));
		assertThatExceptionOfType(InvalidPropertyException.class).isThrownBy(
				() -> binder.bind(new MutablePropertyValues(Map.of("objectIncludes[0].tagValues[100000].key", "x"))));
		assertThat(form.objectIncludes).hasSize(1);
		assertThat(form.objectIncludes.get(0).tagValues).hasSize(1);
		assertThat(form.selectedBuckets).isEmpty();
	}

	/** A whole list posted as one value is not the form's: it is ignored, rows kept. */
	@ParameterizedTest
	@ValueSource(strings = { "tags", "typedBuckets", "objectIncludes", "objectIncludes[2].tagValues" })
	void aWholeListPostedAsOneValueIsIgnored(String field) throws Exception {
		Document page = Jsoup
			.parse(this.mvc.perform(postForm(BuilderFixtures.specificBucketsForm(), "refresh").param(field, ""))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());

		assertThat(page.select("input[name^='tags['][name$='.key']")).hasSize(2);
		assertThat(page.select("textarea[name^='typedBuckets['][name$='.bucketNames']")).hasSize(2);
		assertThat(page.select("select[name^='objectIncludes['][name$='.key']")).hasSize(3);
		assertThat(page.select("[name^='objectIncludes[2].tagValues['][name$='.key']")).hasSize(1);
		assertThat(page.select(".field__error")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "add:tags[0].tagValues", "add:typedBuckets[0].tagValues", "remove:tags:7",
			"add:bucketIncludes[9].tagValues", "remove:objectIncludes[0].tagValues", "add:tags:3", "launch",
			"add:nothing", "remove:tags:99999999999" })
	void aForgedOrStaleActionRedrawsTheFormWithAMessage(String action) throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(postForm(BuilderFixtures.specificBucketsForm(), action))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.selectFirst("#job-form .panel--info").text()).contains("nothing was changed");
		assertThat(page.selectFirst("input[name=name]").val()).isEqualTo("Weekly PII sweep");
		assertThat(page.select("input[name^='tags['][name$='.key']")).hasSize(2);
	}

	@Test
	void anHtmxActionThatDoesNotBelongToItsSectionRedrawsTheWholeForm() throws Exception {
		String answer = this.mvc
			.perform(htmx(postForm(BuilderFixtures.specificBucketsForm(), "add:tags[0].tagValues"), "section-tags"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Retarget", "#job-form"))
			.andExpect(header().string("HX-Reswap", "outerHTML"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(answer).startsWith("<form")
			.contains("id=\"job-form\"", "nothing was changed")
			.doesNotContain("<html");
	}

	/** A file where text belongs, or a word where yes or no belongs: plain words. */
	@Test
	void aMultipartPostGetsPlainWordsNeverJavaNames() throws Exception {
		MultiValueMap<String, String> params = FormParams.of(BuilderFixtures.specificBucketsForm());
		params.remove("name");
		params.set("initialRun", "maybe");
		String page = this.mvc
			.perform(multipart("/jobs/new").file(new MockMultipartFile("name", "name.txt", "text/plain", new byte[3]))
				.file(new MockMultipartFile("tags[0].key", "key.txt", "text/plain", new byte[3]))
				.params(params)
				.param("action", "review")
				.with(csrf())
				.with(operator()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("This value could not be read. Please enter it again.")
			.doesNotContain("Failed to convert")
			.doesNotContain("MultipartFile")
			.doesNotContain("java.");
		assertThat(Jsoup.parse(page).selectFirst("#name-error")).isNotNull();
		assertThat(Jsoup.parse(page).selectFirst("#initialRun-error")).isNotNull();
		verify(this.macie, never()).createJob(any(), any());
	}

	/** Right-to-left overrides in names cannot reorder the words around them. */
	@Test
	void textMacieSuppliesIsDirectionIsolated() throws Exception {
		String override = "Payroll \u202Enacs lluf";
		given(this.macie.customDataIdentifiers(TestPlaces.HOME))
			.willReturn(List.of(new CustomDataIdentifier("cdi-rlo", override, "description")));
		JobForm form = BuilderFixtures.specificBucketsForm();
		form.name = override;
		form.customIdentifierIds.set(0, "cdi-rlo");

		Document page = Jsoup.parse(this.mvc.perform(postForm(form, "review"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select(".review__facts bdi").eachText()).contains(override);
		assertThat(page.select(".review__facts li bdi").eachText()).contains(override);
		assertThat(page.select("#section-buckets td bdi").eachText()).contains("public-website");
		assertThat(page.select("label bdi").eachText()).contains(override);
	}

}
