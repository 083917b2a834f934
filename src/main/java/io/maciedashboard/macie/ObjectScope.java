package io.maciedashboard.macie;

import java.util.List;

/**
 * Which objects inside the chosen buckets a job analyses (Macie's scoping); empty means
 * all.
 */
public record ObjectScope(List<ObjectCondition> includes, List<ObjectCondition> excludes) {

	public static final ObjectScope ALL_OBJECTS = new ObjectScope(List.of(), List.of());

	/** One JobScopeTerm: a simpleScopeTerm or a tagScopeTerm. */
	public sealed interface ObjectCondition {

	}

	/**
	 * OBJECT_EXTENSION (EQ/NE, several values), OBJECT_KEY (STARTS_WITH, several
	 * prefixes), OBJECT_LAST_MODIFIED_DATE (one ISO-8601 UTC instant) and OBJECT_SIZE
	 * (one byte count), the last two with EQ/NE/GT/GTE/LT/LTE. Values are kept as Macie
	 * carries them: strings.
	 */
	public record PropertyTerm(ObjectProperty key, Comparator comparator,
			List<String> values) implements ObjectCondition {
	}

	/** Object tags (key TAG, target S3_OBJECT); EQ or NE. */
	public record TagTerm(Comparator comparator, List<TagValue> tagValues) implements ObjectCondition {
	}

	public enum ObjectProperty {

		OBJECT_EXTENSION, OBJECT_LAST_MODIFIED_DATE, OBJECT_SIZE, OBJECT_KEY

	}

}
