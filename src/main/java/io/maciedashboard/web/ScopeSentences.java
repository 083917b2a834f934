package io.maciedashboard.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.maciedashboard.macie.BucketScope;
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
import io.maciedashboard.macie.ObjectScope.PropertyTerm;
import io.maciedashboard.macie.ObjectScope.TagTerm;
import io.maciedashboard.macie.TagValue;

/**
 * A job's scope in plain sentences: which buckets ("Include buckets whose tag env equals
 * prod"), which objects ("Only objects larger than 10 MB") and which managed data
 * identifiers. Used by the job page and the builder's review step. Any key and comparator
 * Macie can return is worded, also those the API documentation does not allow for a key,
 * so a page never fails on an odd job. Sentences are positive: Macie's values are in
 * {@link MacieWords}' words, "is not" on a property with a closed set of values names the
 * values it leaves, and an exclusion of what is not something ("exclude objects whose
 * extension is none of pdf and csv") reads as what it keeps ("only objects with extension
 * pdf or csv").
 */
public final class ScopeSentences {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter SECONDS = DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final Sizes sizes = new Sizes();

	private final MacieWords words = new MacieWords();

	/**
	 * One line of a scope.
	 *
	 * @param detail what a hover title adds (the exact bytes of a size), or null
	 */
	public record Sentence(String text, String detail) {

		static Sentence of(String text) {
			return new Sentence(text, null);
		}

	}

	/** "2 specific buckets in 1 account", or what bucket criteria mean. */
	public String bucketSummary(BucketScope scope) {
		if (scope instanceof SpecificBuckets specific) {
			int accounts = specific.accounts().size();
			return count(specific.bucketCount(), "specific bucket") + " in " + count(accounts, "account");
		}
		BucketCriteria criteria = (BucketCriteria) scope;
		if (criteria.includes().isEmpty() && criteria.excludes().isEmpty()) {
			return "All buckets, chosen again before each run";
		}
		return "Buckets that match these criteria, chosen again before each run";
	}

	/**
	 * One sentence per account ("In account 111122223333: a, b and c"), or one per
	 * criterion.
	 */
	public List<Sentence> buckets(BucketScope scope) {
		List<Sentence> sentences = new ArrayList<>();
		if (scope instanceof SpecificBuckets specific) {
			for (AccountBuckets account : specific.accounts()) {
				sentences.add(Sentence.of("In account " + account.accountId() + ": " + list(account.buckets(), "and")));
			}
			return sentences;
		}
		BucketCriteria criteria = (BucketCriteria) scope;
		criteria.includes().forEach((condition) -> sentences.add(bucketSentence("Include buckets ", condition)));
		criteria.excludes()
			.forEach((condition) -> sentences.add(isNotOnOpenValues(condition)
					? bucketSentence("Only buckets ", flipped((PropertyCondition) condition))
					: bucketSentence("Exclude buckets ", condition)));
		return sentences;
	}

	/** One sentence per object condition; none means every object in the buckets. */
	public List<Sentence> objects(ObjectScope scope) {
		List<Sentence> sentences = new ArrayList<>();
		if (scope == null) {
			return sentences;
		}
		scope.includes().forEach((condition) -> sentences.add(objectSentence("Only objects ", condition)));
		scope.excludes()
			.forEach((condition) -> sentences
				.add(isNotOnText(condition) ? objectSentence("Only objects ", flipped((PropertyTerm) condition))
						: objectSentence("Exclude objects ", condition)));
		return sentences;
	}

	/**
	 * The managed data identifier selection: Recommended set / All / Only these / All
	 * except these / None in {@code words}, and as a sentence. Null is Macie's default,
	 * the recommended set.
	 */
	public ManagedSelection managedSelection(ManagedIdentifierSelector selector) {
		return switch ((selector != null) ? selector : ManagedIdentifierSelector.RECOMMENDED) {
			case RECOMMENDED -> new ManagedSelection("Recommended set",
					"Macie's recommended set of managed data identifiers, as Macie updates it");
			case ALL -> new ManagedSelection("All", "All managed data identifiers, including those Macie adds later");
			case INCLUDE -> new ManagedSelection("Only these", "Only these managed data identifiers");
			case EXCLUDE -> new ManagedSelection("All except these",
					"All managed data identifiers except these, including those Macie adds later");
			case NONE -> new ManagedSelection("None", "No managed data identifiers: only the custom data identifiers");
		};
	}

	public record ManagedSelection(String words, String sentence) {
	}

	/**
	 * "Exclude buckets whose name is not a" keeps bucket a only: an exclusion by "is not"
	 * on a property whose values are typed (not one of Macie's closed sets).
	 */
	private static boolean isNotOnOpenValues(BucketCondition condition) {
		return condition instanceof PropertyCondition property && property.comparator() == Comparator.NE
				&& (property.key() == BucketProperty.ACCOUNT_ID || property.key() == BucketProperty.S3_BUCKET_NAME);
	}

	private static PropertyCondition flipped(PropertyCondition condition) {
		return new PropertyCondition(condition.key(), Comparator.EQ, condition.values());
	}

	/** "Exclude objects whose extension (or key) is not ..." keeps only those. */
	private static boolean isNotOnText(ObjectCondition condition) {
		return condition instanceof PropertyTerm term && term.comparator() == Comparator.NE
				&& (term.key() == ObjectScope.ObjectProperty.OBJECT_EXTENSION
						|| term.key() == ObjectScope.ObjectProperty.OBJECT_KEY);
	}

	private static PropertyTerm flipped(PropertyTerm term) {
		return new PropertyTerm(term.key(), Comparator.EQ, term.values());
	}

	private Sentence bucketSentence(String start, BucketCondition condition) {
		if (condition instanceof TagCondition tags) {
			return Sentence.of(start + tagClauses(tags.comparator(), tags.tagValues()));
		}
		PropertyCondition property = (PropertyCondition) condition;
		return switch (property.key()) {
			case S3_BUCKET_EFFECTIVE_PERMISSION -> Sentence.of(start + "whose effective permission is "
					+ list(closedValues(property, EFFECTIVE_PERMISSIONS, this.words::effectivePermission), "or"));
			case S3_BUCKET_SHARED_ACCESS ->
				Sentence.of(start + "that are " + list(closedValues(property, SHARED_ACCESSES, this::sharing), "or"));
			default -> Sentence.of(start + "whose " + bucketPropertyName(property.key()) + " "
					+ compare(property.comparator(), property.values()));
		};
	}

	private static final List<String> EFFECTIVE_PERMISSIONS = List.of("PUBLIC", "NOT_PUBLIC", "UNKNOWN");

	private static final List<String> SHARED_ACCESSES = List.of("EXTERNAL", "INTERNAL", "NOT_SHARED", "UNKNOWN");

	/**
	 * The values a condition on a closed set of values matches, in words (lower case):
	 * those it names for EQ, the others for NE.
	 */
	private static List<String> closedValues(PropertyCondition condition, List<String> all,
			Function<String, String> words) {
		List<String> values = (condition.comparator() == Comparator.NE)
				? all.stream().filter((value) -> !condition.values().contains(value)).toList() : condition.values();
		return values.stream().map(words).map((word) -> word.toLowerCase(Locale.ROOT)).toList();
	}

	/** "not shared", "shared with other accounts", "of unknown sharing". */
	private String sharing(String value) {
		return "UNKNOWN".equals(value) ? "of unknown sharing" : this.words.sharedAccess(value);
	}

	private static String bucketPropertyName(BucketProperty key) {
		return switch (key) {
			case ACCOUNT_ID -> "account ID";
			case S3_BUCKET_NAME -> "name";
			case S3_BUCKET_EFFECTIVE_PERMISSION -> "effective permission";
			case S3_BUCKET_SHARED_ACCESS -> "shared access";
		};
	}

	private Sentence objectSentence(String start, ObjectCondition condition) {
		if (condition instanceof TagTerm tags) {
			return Sentence.of(start + tagClauses(tags.comparator(), tags.tagValues()));
		}
		PropertyTerm term = (PropertyTerm) condition;
		Comparator comparator = term.comparator();
		List<String> values = term.values();
		return switch (term.key()) {
			case OBJECT_EXTENSION -> Sentence.of(start + ((comparator == Comparator.EQ)
					? "with extension " + list(values, "or") : "whose extension " + compare(comparator, values)));
			case OBJECT_KEY -> Sentence.of(start + "whose key " + compare(comparator, values));
			case OBJECT_SIZE -> sizeSentence(start, comparator, values);
			case OBJECT_LAST_MODIFIED_DATE -> dateSentence(start, comparator, values);
		};
	}

	private Sentence sizeSentence(String start, Comparator comparator, List<String> values) {
		List<Long> bytes = parseAll(values, Long::valueOf);
		if (bytes == null || bytes.stream().anyMatch((size) -> size < 0)) {
			return Sentence.of(start + "whose size in bytes " + compare(comparator, values));
		}
		String human = list(bytes.stream().map(this.sizes::human).toList(), "or");
		String exact = list(bytes.stream().map(this.sizes::exact).toList(), "or");
		String phrase = switch (comparator) {
			case GT -> "larger than " + human;
			case GTE -> "of " + human + " or larger";
			case LT -> "smaller than " + human;
			case LTE -> "of " + human + " or smaller";
			case EQ -> "of exactly " + human;
			case NE -> "of any size except " + human;
			default -> "whose size " + compare(comparator, List.of(human));
		};
		return new Sentence(start + phrase, exact);
	}

	private Sentence dateSentence(String start, Comparator comparator, List<String> values) {
		List<Instant> instants = parseAll(values, Instant::parse);
		if (instants == null) {
			return Sentence.of(start + "whose last modified date " + compare(comparator, values));
		}
		String when = list(instants.stream().map(ScopeSentences::utc).toList(), "or");
		String phrase = switch (comparator) {
			case GT -> "last modified after " + when;
			case GTE -> "last modified at or after " + when;
			case LT -> "last modified before " + when;
			case LTE -> "last modified at or before " + when;
			case EQ -> "last modified at " + when;
			case NE -> "not last modified at " + when;
			default -> "whose last modified date " + compare(comparator, List.of(when));
		};
		return Sentence.of(start + phrase);
	}

	private static String utc(Instant instant) {
		return ((instant.getEpochSecond() % 60 == 0) && instant.getNano() == 0) ? MINUTES.format(instant)
				: SECONDS.format(instant);
	}

	/**
	 * Null when a value does not parse: the sentence then quotes Macie's values as they
	 * are.
	 */
	private static <T> List<T> parseAll(List<String> values, Function<String, T> parser) {
		if (values.isEmpty()) {
			return null;
		}
		try {
			return values.stream().map(String::strip).map(parser).toList();
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			return null;
		}
	}

	/** "is a or b", "is not a", "is neither a nor b", "starts with logs/ or tmp/". */
	private static String compare(Comparator comparator, List<String> values) {
		return switch (comparator) {
			case EQ -> "is " + list(values, "or");
			case NE -> (values.size() == 1) ? "is not " + values.get(0) : (values.size() == 2)
					? "is neither " + values.get(0) + " nor " + values.get(1) : "is none of " + list(values, "and");
			case GT -> "is greater than " + list(values, "or");
			case GTE -> "is " + list(values, "or") + " or greater";
			case LT -> "is less than " + list(values, "or");
			case LTE -> "is " + list(values, "or") + " or less";
			case CONTAINS -> "contains " + list(values, "or");
			case STARTS_WITH -> "starts with " + list(values, "or");
		};
	}

	/** Tag pairs joined with "or": a key and value, a key alone, or a value alone. */
	private static String tagClauses(Comparator comparator, List<TagValue> tagValues) {
		boolean equals = comparator != Comparator.NE;
		List<String> clauses = new ArrayList<>();
		for (TagValue tag : tagValues) {
			boolean hasKey = tag.key() != null && !tag.key().isEmpty();
			boolean hasValue = tag.value() != null && !tag.value().isEmpty();
			if (hasKey && hasValue) {
				clauses.add("whose tag " + tag.key() + (equals ? " equals " : " does not equal ") + tag.value());
			}
			else if (hasKey) {
				clauses.add((equals ? "that have the tag " : "that do not have the tag ") + tag.key());
			}
			else if (hasValue) {
				clauses.add((equals ? "that have a tag with the value " : "that have no tag with the value ")
						+ tag.value());
			}
			else {
				clauses.add(equals ? "that have any tag" : "that have no tags");
			}
		}
		return String.join(" or ", clauses);
	}

	/** "a", "a or b", "a, b or c". */
	private static String list(List<String> items, String conjunction) {
		if (items.isEmpty()) {
			return "(no values)";
		}
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
				+ items.get(items.size() - 1);
	}

	private static String count(int count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

}
