package io.maciedashboard.builder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.maciedashboard.macie.CreateOutcome;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.audit.AuditRepository;
import io.maciedashboard.audit.AuditTrail;
import io.maciedashboard.security.AuditLog;
import io.maciedashboard.security.SecurityConfiguration;
import io.maciedashboard.web.OneFlashPerPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockReset;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Generated submissions of the builder (a fixed-seed generator, so every run tries the
 * same ones): random fields, actions, row indexes, Unicode, huge and negative numbers,
 * missing and repeated parameters, htmx targets and multipart bodies. Each answer is
 * checked: no 5xx, nothing echoed unescaped, and every typed value back on the form that
 * is drawn again. {@code -Dfuzz.cases} and {@code -Dfuzz.seed} change the campaign (the
 * Maven profile {@code fuzz} runs a larger one); the slowest answers are printed, not
 * asserted.
 */
@WebMvcTest(JobBuilderController.class)
@Import({ SecurityConfiguration.class, AuditTrail.class, BuilderPage.class, OneFlashPerPage.class })
// one instance and one stubbing for all the submissions: only the requests vary; the
// assertions say which submission failed, so MockMvc need not keep a printout of each
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class JobBuilderFuzzTest {

	static final long SEED = Long.getLong("fuzz.seed", 20261201L);

	static final int CASES = Integer.getInteger("fuzz.cases", 10_000);

	/** Markers of hostile text: they may appear escaped, never as markup. */
	private static final String TAG_MARKER = "<fz";

	private static final String ATTRIBUTE_MARKER = "\"fz=";

	private static final String[] TEXT = { "", " ", "Nightly PII scan", "finance-reports", "111122223333",
			"hr-exports\nfinance-reports", "pdf, docx", "logs/\n2026/", "2026-01-31T17:30", "2026-02-30T25:61", "10",
			"2.5", ".5", "-1", "-0", "0", "31", "100", "101", "1e10000000", "9".repeat(400), "-9".repeat(60), "NaN",
			"Infinity", "0x1F", "1_000", "Europe/Paris", "Mars/Olympus", "UTC", "aws:owner", "Payroll \u202Enacs lluf",
			"名前 – 日本語", "עברית ونص عربي", "e\u0301\u0301\u0301", "😀🧪", "tab\there", "line\nbreak", "\u0007bell",
			"<fz>alert(1)</fz>", "\"fz=1 onmouseover=x", "'><fz>", "&amp;&lt;", "x".repeat(600), "y".repeat(5000) };

	private static final String[] CHOICES = { "SPECIFIC", "CRITERIA", "ONE_TIME", "DAILY", "WEEKLY", "MONTHLY",
			"MONDAY", "FUNDAY", "RECOMMENDED", "ALL", "INCLUDE", "EXCLUDE", "NONE", "ACCOUNT_ID", "S3_BUCKET_NAME",
			"S3_BUCKET_EFFECTIVE_PERMISSION", "S3_BUCKET_SHARED_ACCESS", "TAG", "OBJECT_EXTENSION", "OBJECT_KEY",
			"OBJECT_LAST_MODIFIED_DATE", "OBJECT_SIZE", "EQ", "NE", "GT", "LTE", "STARTS_WITH", "CONTAINS", "MB", "TB",
			"PB", "PUBLIC", "EXTERNAL", "CREDIT_CARD_NUMBER", "cdi-employee-id", "al-test-cards",
			"111122223333/finance-reports", "<fz>", "true", "false", "maybe", "" };

	private static final String[] LISTS = { "tags", "typedBuckets", "bucketIncludes", "bucketExcludes",
			"objectIncludes", "objectExcludes" };

	private static final String[] ACTIONS = { "review", "create", "preview", "search-buckets", "refresh",
			"refresh:tags", "refresh:buckets", "refresh:objectScope", "restore", "", "launch", "add:nothing", "<fz>",
			"\"fz=" };

	private static final String[] TARGETS = { "section-tags", "section-buckets", "section-object-scope",
			"bucket-picker", "preview", "job-form", "elsewhere" };

	/** The fields people type into, by the section that draws them; rows as [i]. */
	private static final Map<String, String> TYPED = typedFields();

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

	private static final int WARM_UP = 1000;

	private static final List<Timing> timings = new ArrayList<>();

	@Autowired
	MockMvc mvc;

	@MockitoBean(reset = MockReset.NONE)
	MacieJobs macie;

	@MockitoBean(reset = MockReset.NONE)
	AuditLog auditLog;

	@MockitoBean(reset = MockReset.NONE)
	AuditRepository auditRepository;

	@BeforeAll
	void macieHolds() {
		BuilderFixtures.holdsTheFixtures(this.macie);
		given(this.macie.createJob(any(), any()))
			.willReturn(new CreateOutcome.Created("job-1", "arn:job-1", "Nightly PII scan", true));
	}

	static Stream<Submission> submissions() {
		Random random = new Random(SEED);
		return IntStream.range(0, CASES).mapToObj((number) -> Submission.generate(number, random));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("submissions")
	void everySubmissionIsAnsweredSafelyAndKeepsWhatWasTyped(Submission submission) throws Exception {
		long start = System.nanoTime();
		MockHttpServletResponse response = this.mvc.perform(submission.request()).andReturn().getResponse();
		long elapsed = System.nanoTime() - start;
		synchronized (timings) {
			timings.add(new Timing(elapsed, submission.toString()));
		}
		String body = response.getContentAsString();

		assertThat(response.getStatus()).as("status").isLessThan(500);
		assertThat(body).doesNotContain(TAG_MARKER).doesNotContain(ATTRIBUTE_MARKER);
		if (response.getStatus() == 200 || response.getStatus() == 400) {
			everyTypedValueIsBackOnTheForm(submission, response, body);
		}
	}

	/** The typed values of the part of the form this answer draws again. */
	private static void everyTypedValueIsBackOnTheForm(Submission submission, MockHttpServletResponse response,
			String body) {
		String section = (submission.target() == null || response.getHeader("HX-Retarget") != null) ? "form"
				: switch (submission.target()) {
					case "section-tags" -> "tags";
					case "section-buckets" -> "buckets";
					case "section-object-scope" -> "objectScope";
					case "bucket-picker" -> "bucketPicker";
					default -> "none";
				};
		Document page = Jsoup.parseBodyFragment(body);
		submission.typed().forEach((name, value) -> {
			String drawnIn = TYPED.get(INDEX.matcher(name).replaceAll("[i]"));
			if (drawnIn != null && (section.equals("form") || section.equals(drawnIn)
					|| section.equals("buckets") && drawnIn.equals("bucketPicker")) && submission.keeps(name)) {
				assertThat(valuesOf(page, name)).as("the value of %s", name).contains(normalized(value));
			}
		});
	}

	private static List<String> valuesOf(Document page, String name) {
		List<String> values = new ArrayList<>();
		for (Element field : page.getElementsByAttributeValue("name", name)) {
			values.add(normalized(field.tagName().equals("textarea") ? field.wholeText() : field.attr("value")));
		}
		return values;
	}

	/**
	 * A value as an HTML parser leaves it, either way (line breaks, NUL, a textarea's
	 * first line break).
	 */
	private static String normalized(String value) {
		String text = value.replace("\r\n", "\n").replace('\r', '\n').replace('\0', '\uFFFD');
		return text.startsWith("\n") ? text.substring(1) : text;
	}

	/**
	 * The server times, measured around each MockMvc perform (the whole request in the
	 * server: filters, binding, controller, rendering). The first thousand warm the JIT
	 * up and are left out of the steady-state figures.
	 */
	@AfterAll
	void printTimes() {
		if (timings.isEmpty()) {
			return;
		}
		long worst = timings.stream().mapToLong(Timing::nanos).max().orElse(0);
		List<Timing> steady = timings.subList(Math.min(WARM_UP, timings.size() - 1), timings.size())
			.stream()
			.sorted(Comparator.comparingLong(Timing::nanos).reversed())
			.toList();
		System.out.printf("%nBuilder fuzz: %d submissions, seed %d. Server time (MockMvc perform): worst %.1f ms; "
				+ "after the first %d: median %.1f ms, 99th percentile %.1f ms, 99.9th %.1f ms, worst %.1f ms%n",
				timings.size(), SEED, worst / 1e6, WARM_UP, percentile(steady, 0.5), percentile(steady, 0.99),
				percentile(steady, 0.999), steady.get(0).nanos() / 1e6);
		steady.stream()
			.limit(5)
			.forEach((timing) -> System.out.printf("  %.1f ms  %s%n", timing.nanos() / 1e6, timing.submission()));
	}

	/** From times sorted slowest first. */
	private static double percentile(List<Timing> slowestFirst, double share) {
		return slowestFirst.get((int) ((slowestFirst.size() - 1) * (1 - share))).nanos() / 1e6;
	}

	private static Map<String, String> typedFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		Stream.of("name", "description", "dayOfMonth", "samplingPercentage", "timeZone")
			.forEach((name) -> fields.put(name, "form"));
		fields.put("tags[i].key", "tags");
		fields.put("tags[i].value", "tags");
		fields.put("bucketSearch", "bucketPicker");
		fields.put("typedBuckets[i].accountId", "buckets");
		fields.put("typedBuckets[i].bucketNames", "buckets");
		for (String list : List.of("bucketIncludes", "bucketExcludes", "objectIncludes", "objectExcludes")) {
			String section = list.startsWith("bucket") ? "buckets" : "objectScope";
			fields.put(list + "[i].valuesText", section);
			fields.put(list + "[i].tagValues[i].key", section);
			fields.put(list + "[i].tagValues[i].value", section);
			if (list.startsWith("object")) {
				fields.put(list + "[i].dateTime", section);
				fields.put(list + "[i].size", section);
			}
		}
		return fields;
	}

	/**
	 * One generated submission: its parameters (in order, repeats allowed), its action,
	 * and how it travels.
	 *
	 * @param target the htmx target, or null for a plain post
	 */
	record Submission(int number, List<Map.Entry<String, String>> parameters, String action, String target,
			boolean multipart) {

		static Submission generate(int number, Random random) {
			List<Map.Entry<String, String>> parameters = new ArrayList<>();
			int count = random.nextInt(25);
			for (int i = 0; i < count; i++) {
				String name = name(random);
				String value = random.nextInt(3) == 0 ? pick(random, CHOICES) : text(random);
				parameters.add(Map.entry(name, value));
				if (random.nextInt(10) == 0) {
					// the same parameter again
					parameters.add(Map.entry(name, text(random)));
				}
			}
			if (random.nextInt(4) != 0) {
				parameters.add(Map.entry("clientToken",
						random.nextBoolean() ? "8d0c5c43-5d9f-4f5b-9b3c-2f7d8f1f0a11" : text(random)));
			}
			int target = random.nextInt(TARGETS.length * 2);
			return new Submission(number, parameters, action(random),
					(target < TARGETS.length) ? TARGETS[target] : null, random.nextInt(40) == 0);
		}

		private static String name(Random random) {
			int kind = random.nextInt(10);
			String list = pick(random, LISTS);
			String row = list + "[" + index(random) + "]";
			return switch (kind) {
				case 0 -> pick(random, new String[] { "name", "description", "dayOfMonth", "samplingPercentage",
						"timeZone", "bucketSearch", "reviewedFingerprint" });
				case 1 -> pick(random,
						new String[] { "bucketMode", "schedule", "dayOfWeek", "initialRun", "_initialRun",
								"managedIdentifierSelector", "managedIdentifierIds", "customIdentifierIds",
								"allowListIds", "selectedBuckets" });
				case 2 -> "tags[" + index(random) + "]." + (random.nextBoolean() ? "key" : "value");
				case 3 -> "typedBuckets[" + index(random) + "]." + (random.nextBoolean() ? "accountId" : "bucketNames");
				case 4, 5 -> row + "." + pick(random,
						new String[] { "key", "comparator", "valuesText", "choices", "dateTime", "size", "sizeUnit" });
				case 6 -> row + ".tagValues[" + index(random) + "]." + (random.nextBoolean() ? "key" : "value");
				case 7 -> pick(random, new String[] { "tags.key", "name[0]", "tags[x].key", "tags[-1].key",
						"objectIncludes[0].tagValues", "bucketIncludes[0]", "class.name", "unknownField", "tags" });
				default -> pick(random, new String[] { "name", "tags[0].key", "objectIncludes[0].size",
						"objectIncludes[0].dateTime", "bucketIncludes[0].valuesText" });
			};
		}

		private static String index(Random random) {
			int kind = random.nextInt(20);
			return switch (kind) {
				case 0 -> Integer.toString(FormAction.MAX_ROWS - 1 + random.nextInt(3));
				case 1 -> Integer.toString(random.nextInt(Integer.MAX_VALUE));
				default -> Integer.toString(random.nextInt(4));
			};
		}

		private static String action(Random random) {
			int kind = random.nextInt(4);
			if (kind == 0) {
				return pick(random, ACTIONS);
			}
			String list = pick(random, LISTS);
			String pairs = (random.nextInt(3) == 0) ? "[" + index(random) + "].tagValues" : "";
			return random.nextBoolean() ? "add:" + list + pairs : "remove:" + list + pairs + ":" + index(random);
		}

		private static String text(Random random) {
			String text = pick(random, TEXT);
			return (random.nextInt(8) == 0) ? text + pick(random, TEXT) : text;
		}

		private static String pick(Random random, String[] values) {
			return values[random.nextInt(values.length)];
		}

		RequestBuilder request() {
			AbstractMockHttpServletRequestBuilder<?> request = this.multipart
					? MockMvcRequestBuilders.multipart("/jobs/new")
						.file(new MockMultipartFile("name", "name.txt", "text/plain", new byte[] { 'x' }))
					: MockMvcRequestBuilders.post("/jobs/new");
			this.parameters.forEach((parameter) -> request.param(parameter.getKey(), parameter.getValue()));
			request.param("action", this.action).with(csrf()).with(oidcLogin().authorities(() -> "ROLE_OPERATOR"));
			if (this.target != null) {
				request.header("HX-Request", "true").header("HX-Target", this.target);
			}
			return request;
		}

		/**
		 * The text fields as the binder joins them (repeated values with commas); a name
		 * given as a file part (multipart) is not text.
		 */
		Map<String, String> typed() {
			Map<String, String> typed = new LinkedHashMap<>();
			for (Map.Entry<String, String> parameter : this.parameters) {
				typed.merge(parameter.getKey(), parameter.getValue(), (first, second) -> first + "," + second);
			}
			if (this.multipart) {
				typed.remove("name");
			}
			return typed;
		}

		/**
		 * Whether the form keeps this field: not in a row beyond the limit or of a list a
		 * removal renumbers.
		 */
		boolean keeps(String name) {
			Matcher index = INDEX.matcher(name);
			while (index.find()) {
				if (index.group(1).length() > 3 || Integer.parseInt(index.group(1)) >= FormAction.MAX_ROWS) {
					return false;
				}
			}
			Predicate<String> removed = (list) -> this.action.startsWith("remove:" + list);
			return Stream.of(LISTS).noneMatch((list) -> removed.test(list) && name.startsWith(list));
		}

		@Override
		public String toString() {
			String shown = this.parameters.stream()
				.map((parameter) -> parameter.getKey() + "=" + abbreviated(parameter.getValue()))
				.reduce((one, other) -> one + "&" + other)
				.orElse("");
			return "#" + this.number + " action=" + abbreviated(this.action)
					+ ((this.target != null) ? " htmx:" + this.target : "") + (this.multipart ? " multipart" : "") + " "
					+ abbreviated(shown);
		}

		private static String abbreviated(String text) {
			String oneLine = text.replaceAll("\\s", " ");
			return (oneLine.length() > 160) ? oneLine.substring(0, 160) + "…" : oneLine;
		}

	}

	record Timing(long nanos, String submission) {
	}

}
