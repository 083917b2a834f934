package io.maciedashboard.web;

import java.util.Arrays;
import java.util.List;

import io.maciedashboard.macie.BucketScope.AccountBuckets;
import io.maciedashboard.macie.BucketScope.BucketCondition;
import io.maciedashboard.macie.BucketScope.BucketCriteria;
import io.maciedashboard.macie.BucketScope.BucketProperty;
import io.maciedashboard.macie.BucketScope.PropertyCondition;
import io.maciedashboard.macie.BucketScope.SpecificBuckets;
import io.maciedashboard.macie.BucketScope.TagCondition;
import io.maciedashboard.macie.Comparator;
import io.maciedashboard.macie.ManagedIdentifierSelector;
import io.maciedashboard.macie.ObjectScope;
import io.maciedashboard.macie.ObjectScope.ObjectCondition;
import io.maciedashboard.macie.ObjectScope.ObjectProperty;
import io.maciedashboard.macie.ObjectScope.PropertyTerm;
import io.maciedashboard.macie.ObjectScope.TagTerm;
import io.maciedashboard.macie.TagValue;
import io.maciedashboard.web.ScopeSentences.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeSentencesTest {

	private final ScopeSentences sentences = new ScopeSentences();

	private static List<String> values(String values) {
		return Arrays.asList(values.split(";"));
	}

	private List<String> bucketTexts(List<BucketCondition> includes, List<BucketCondition> excludes) {
		return this.sentences.buckets(new BucketCriteria(includes, excludes)).stream().map(Sentence::text).toList();
	}

	private Sentence onlyObjects(ObjectCondition condition) {
		return this.sentences.objects(new ObjectScope(List.of(condition), List.of())).get(0);
	}

	private Sentence excludedObjects(ObjectCondition condition) {
		return this.sentences.objects(new ObjectScope(List.of(), List.of(condition))).get(0);
	}

	@Test
	void specificBucketsAreGroupedByAccount() {
		SpecificBuckets scope = new SpecificBuckets(
				List.of(new AccountBuckets("111122223333", List.of("logs", "invoices", "hr-exports")),
						new AccountBuckets("444455556666", List.of("archive"))));

		assertThat(this.sentences.buckets(scope)).extracting(Sentence::text)
			.containsExactly("In account 111122223333: logs, invoices and hr-exports",
					"In account 444455556666: archive");
		assertThat(this.sentences.bucketSummary(scope)).isEqualTo("4 specific buckets in 2 accounts");
		assertThat(this.sentences.bucketSummary(new SpecificBuckets(List.of(new AccountBuckets("1", List.of("a"))))))
			.isEqualTo("1 specific bucket in 1 account");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					ACCOUNT_ID                     | EQ | 111122223333              | whose account ID is 111122223333
					ACCOUNT_ID                     | EQ | 111122223333;444455556666 | whose account ID is 111122223333 or 444455556666
					S3_BUCKET_NAME                 | EQ | logs;invoices;archive     | whose name is logs, invoices or archive
					S3_BUCKET_EFFECTIVE_PERMISSION | EQ | PUBLIC                    | whose effective permission is public
					S3_BUCKET_EFFECTIVE_PERMISSION | NE | NOT_PUBLIC                | whose effective permission is public or unknown
					S3_BUCKET_SHARED_ACCESS        | EQ | EXTERNAL;INTERNAL         | that are shared with other accounts or shared within the organization
					S3_BUCKET_SHARED_ACCESS        | NE | NOT_SHARED                | that are shared with other accounts, shared within the organization or of unknown sharing
					""")
	void bucketPropertyCriteriaReadAsIncludeOrExclude(BucketProperty key, Comparator comparator, String values,
			String clause) {
		PropertyCondition condition = new PropertyCondition(key, comparator, values(values));

		assertThat(bucketTexts(List.of(condition), List.of())).containsExactly("Include buckets " + clause);
		assertThat(bucketTexts(List.of(), List.of(condition))).containsExactly("Exclude buckets " + clause);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					ACCOUNT_ID     | 111122223333              | whose account ID is not 111122223333              | whose account ID is 111122223333
					ACCOUNT_ID     | 111122223333;444455556666 | whose account ID is neither 111122223333 nor 444455556666 | whose account ID is 111122223333 or 444455556666
					S3_BUCKET_NAME | logs;invoices;archive     | whose name is none of logs, invoices and archive  | whose name is logs, invoices or archive
					""")
	void excludingWhatIsNotSomethingReadsAsWhatIsKept(BucketProperty key, String values, String includeClause,
			String onlyClause) {
		PropertyCondition condition = new PropertyCondition(key, Comparator.NE, values(values));

		assertThat(bucketTexts(List.of(condition), List.of())).containsExactly("Include buckets " + includeClause);
		assertThat(bucketTexts(List.of(), List.of(condition))).containsExactly("Only buckets " + onlyClause);
	}

	@Test
	void anExcludedExtensionListThatIsNotReadsAsTheExtensionsKept() {
		assertThat(excludedObjects(
				new PropertyTerm(ObjectProperty.OBJECT_EXTENSION, Comparator.NE, List.of("pdf", "docx", "txt", "csv")))
			.text()).isEqualTo("Only objects with extension pdf, docx, txt or csv");
	}

	@Test
	void theIssuesExamplesReadAsWritten() {
		assertThat(bucketTexts(List.of(new TagCondition(Comparator.EQ, List.of(new TagValue("env", "prod")))),
				List.of(new PropertyCondition(BucketProperty.S3_BUCKET_EFFECTIVE_PERMISSION, Comparator.EQ,
						List.of("PUBLIC")))))
			.containsExactly("Include buckets whose tag env equals prod",
					"Exclude buckets whose effective permission is public");
		assertThat(onlyObjects(new PropertyTerm(ObjectProperty.OBJECT_EXTENSION, Comparator.EQ, List.of("pdf", "docx")))
			.text()).isEqualTo("Only objects with extension pdf or docx");
		assertThat(onlyObjects(new PropertyTerm(ObjectProperty.OBJECT_SIZE, Comparator.GT, List.of("10000000"))).text())
			.isEqualTo("Only objects larger than 10 MB");
		assertThat(onlyObjects(new PropertyTerm(ObjectProperty.OBJECT_LAST_MODIFIED_DATE, Comparator.GT,
				List.of("2026-01-01T00:00:00Z")))
			.text()).isEqualTo("Only objects last modified after 2026-01-01 00:00 UTC");
		assertThat(onlyObjects(new PropertyTerm(ObjectProperty.OBJECT_KEY, Comparator.STARTS_WITH, List.of("logs/")))
			.text()).isEqualTo("Only objects whose key starts with logs/");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			EQ | env   | prod | whose tag env equals prod
			NE | env   | prod | whose tag env does not equal prod
			EQ | env   |      | that have the tag env
			NE | env   |      | that do not have the tag env
			EQ |       | prod | that have a tag with the value prod
			NE |       | prod | that have no tag with the value prod
			EQ |       |      | that have any tag
			NE |       |      | that have no tags
			""")
	void tagCriteriaCoverKeysValuesAndPairs(Comparator comparator, String key, String value, String clause) {
		// Macie leaves out an absent key or value (null) in bucket criteria and sends ""
		// in object scope
		TagCondition bucketCondition = new TagCondition(comparator, List.of(new TagValue(key, value)));
		TagTerm objectTerm = new TagTerm(comparator,
				List.of(new TagValue((key != null) ? key : "", (value != null) ? value : "")));

		assertThat(bucketTexts(List.of(bucketCondition), List.of())).containsExactly("Include buckets " + clause);
		assertThat(bucketTexts(List.of(), List.of(bucketCondition))).containsExactly("Exclude buckets " + clause);
		assertThat(onlyObjects(objectTerm).text()).isEqualTo("Only objects " + clause);
		assertThat(excludedObjects(objectTerm).text()).isEqualTo("Exclude objects " + clause);
	}

	@Test
	void severalTagPairsAreAlternatives() {
		assertThat(bucketTexts(List
			.of(new TagCondition(Comparator.EQ, List.of(new TagValue("env", "prod"), new TagValue("team", null)))),
				List.of()))
			.containsExactly("Include buckets whose tag env equals prod or that have the tag team");
	}

	@Test
	void includesComeBeforeExcludesInTheirOrder() {
		assertThat(bucketTexts(
				List.of(new PropertyCondition(BucketProperty.ACCOUNT_ID, Comparator.EQ, List.of("1")),
						new PropertyCondition(BucketProperty.S3_BUCKET_NAME, Comparator.EQ, List.of("b"))),
				List.of(new PropertyCondition(BucketProperty.S3_BUCKET_SHARED_ACCESS, Comparator.EQ,
						List.of("EXTERNAL")))))
			.containsExactly("Include buckets whose account ID is 1", "Include buckets whose name is b",
					"Exclude buckets that are shared with other accounts");
	}

	@Test
	void criteriaSummaries() {
		assertThat(this.sentences.bucketSummary(new BucketCriteria(List.of(), List.of())))
			.isEqualTo("All buckets, chosen again before each run");
		assertThat(this.sentences.bucketSummary(new BucketCriteria(
				List.of(new PropertyCondition(BucketProperty.ACCOUNT_ID, Comparator.EQ, List.of("1"))), List.of())))
			.isEqualTo("Buckets that match these criteria, chosen again before each run");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					OBJECT_EXTENSION          | EQ          | pdf                  | with extension pdf
					OBJECT_EXTENSION          | EQ          | pdf;docx;xlsx        | with extension pdf, docx or xlsx
					OBJECT_KEY                | STARTS_WITH | logs/                | whose key starts with logs/
					OBJECT_KEY                | STARTS_WITH | logs/;awslogs/events | whose key starts with logs/ or awslogs/events
					OBJECT_LAST_MODIFIED_DATE | GT          | 2026-01-01T00:00:00Z | last modified after 2026-01-01 00:00 UTC
					OBJECT_LAST_MODIFIED_DATE | GTE         | 2023-09-24T14:31:13Z | last modified at or after 2023-09-24 14:31:13 UTC
					OBJECT_LAST_MODIFIED_DATE | LT          | 2024-02-29T23:59:00Z | last modified before 2024-02-29 23:59 UTC
					OBJECT_LAST_MODIFIED_DATE | LTE         | 2026-01-31T00:00:00Z | last modified at or before 2026-01-31 00:00 UTC
					OBJECT_LAST_MODIFIED_DATE | EQ          | 2026-03-29T01:30:00Z | last modified at 2026-03-29 01:30 UTC
					OBJECT_LAST_MODIFIED_DATE | NE          | 2026-03-29T01:30:00Z | not last modified at 2026-03-29 01:30 UTC
					""")
	void objectPropertyTermsReadAsOnlyOrExclude(ObjectProperty key, Comparator comparator, String values,
			String phrase) {
		PropertyTerm term = new PropertyTerm(key, comparator, values(values));

		assertThat(onlyObjects(term)).isEqualTo(new Sentence("Only objects " + phrase, null));
		assertThat(excludedObjects(term)).isEqualTo(new Sentence("Exclude objects " + phrase, null));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			GT  | 10000000   | larger than 10 MB        | 10,000,000 bytes
			GTE | 1500000000 | of 1.5 GB or larger      | 1,500,000,000 bytes
			LT  | 512        | smaller than 512 bytes   | 512 bytes
			LTE | 1          | of 1 byte or smaller     | 1 byte
			EQ  | 0          | of exactly 0 bytes       | 0 bytes
			NE  | 2048       | of any size except 2.0 KB | 2,048 bytes
			""")
	void sizesAreHumanWithTheExactBytesForTheHover(Comparator comparator, String bytes, String phrase, String exact) {
		PropertyTerm term = new PropertyTerm(ObjectProperty.OBJECT_SIZE, comparator, List.of(bytes));

		assertThat(onlyObjects(term)).isEqualTo(new Sentence("Only objects " + phrase, exact));
		assertThat(excludedObjects(term)).isEqualTo(new Sentence("Exclude objects " + phrase, exact));
	}

	@Test
	void valuesMacieSendsThatDoNotParseAreQuotedAsTheyAre() {
		assertThat(onlyObjects(new PropertyTerm(ObjectProperty.OBJECT_SIZE, Comparator.GT, List.of("ten"))).text())
			.isEqualTo("Only objects whose size in bytes is greater than ten");
		assertThat(onlyObjects(new PropertyTerm(ObjectProperty.OBJECT_SIZE, Comparator.GT, List.of("-5"))).text())
			.isEqualTo("Only objects whose size in bytes is greater than -5");
		assertThat(onlyObjects(
				new PropertyTerm(ObjectProperty.OBJECT_LAST_MODIFIED_DATE, Comparator.LT, List.of("yesterday")))
			.text()).isEqualTo("Only objects whose last modified date is less than yesterday");
		assertThat(onlyObjects(new PropertyTerm(ObjectProperty.OBJECT_EXTENSION, Comparator.EQ, List.of())).text())
			.isEqualTo("Only objects with extension (no values)");
	}

	@ParameterizedTest
	@EnumSource(Comparator.class)
	void everyComparatorIsWordedForEveryKeyWithoutFailing(Comparator comparator) {
		for (BucketProperty key : List.of(BucketProperty.ACCOUNT_ID, BucketProperty.S3_BUCKET_NAME)) {
			assertThat(bucketTexts(List.of(new PropertyCondition(key, comparator, List.of("v1"))), List.of()).get(0))
				.startsWith("Include buckets whose ")
				.contains(" v1");
		}
		// Macie's closed sets of values: a value it adds later reads in sentence case
		assertThat(bucketTexts(List.of(new PropertyCondition(BucketProperty.S3_BUCKET_EFFECTIVE_PERMISSION,
				Comparator.EQ, List.of("SOMETIMES_PUBLIC"))), List.of()))
			.containsExactly("Include buckets whose effective permission is sometimes public");
		assertThat(bucketTexts(List
			.of(new PropertyCondition(BucketProperty.S3_BUCKET_SHARED_ACCESS, comparator, List.of("NOT_SHARED"))),
				List.of())
			.get(0)).startsWith("Include buckets that are ");
		assertThat(onlyObjects(new PropertyTerm(ObjectProperty.OBJECT_KEY, comparator, List.of("k/"))).text())
			.startsWith("Only objects whose key ")
			.contains(" k/");
		assertThat(onlyObjects(new PropertyTerm(ObjectProperty.OBJECT_SIZE, comparator, List.of("2000"))).text())
			.contains("2.0 KB");
		assertThat(onlyObjects(
				new PropertyTerm(ObjectProperty.OBJECT_LAST_MODIFIED_DATE, comparator, List.of("2026-01-01T00:00:00Z")))
			.text()).contains("2026-01-01 00:00 UTC");
	}

	@Test
	void noObjectScopeMeansNoSentences() {
		assertThat(this.sentences.objects(ObjectScope.ALL_OBJECTS)).isEmpty();
		assertThat(this.sentences.objects(null)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			RECOMMENDED | Recommended set  | recommended set
			ALL         | All              | All managed data identifiers, including
			INCLUDE     | Only these       | Only these managed data identifiers
			EXCLUDE     | All except these | All managed data identifiers except these
			NONE        | None             | No managed data identifiers
			""")
	void managedIdentifierSelectionInWords(ManagedIdentifierSelector selector, String words, String sentence) {
		assertThat(this.sentences.managedSelection(selector).words()).isEqualTo(words);
		assertThat(this.sentences.managedSelection(selector).sentence()).contains(sentence);
	}

	@Test
	void noSelectionIsMaciesDefaultTheRecommendedSet() {
		assertThat(this.sentences.managedSelection(null))
			.isEqualTo(this.sentences.managedSelection(ManagedIdentifierSelector.RECOMMENDED));
	}

}
