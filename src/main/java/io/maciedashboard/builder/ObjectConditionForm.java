package io.maciedashboard.builder;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.maciedashboard.macie.ObjectScope.ObjectCondition;
import io.maciedashboard.macie.ObjectScope.PropertyTerm;
import io.maciedashboard.macie.ObjectScope.TagTerm;

/**
 * One include or exclude row of object scope: extensions or key prefixes (typed), a
 * last-modified date-time (local time of {@link JobForm#getTimeZone()}), a size with a
 * unit, or tag pairs. Which fields count depends on {@link #getKey() key}, see
 * {@link ObjectConditionKey}.
 */
public class ObjectConditionForm extends ConditionForm {

	public String dateTime = "";

	public String size = "";

	public String sizeUnit = SizeUnit.MB.name();

	public ObjectConditionForm() {
		super(ObjectConditionKey.OBJECT_EXTENSION.name());
	}

	/** Date-times come back in UTC; values the form cannot read are kept as they are. */
	static ObjectConditionForm of(ObjectCondition condition) {
		ObjectConditionForm row = new ObjectConditionForm();
		if (condition instanceof TagTerm tag) {
			row.fill(ObjectConditionKey.TAG.name(), tag.comparator(), List.of(), tag.tagValues());
			return row;
		}
		PropertyTerm property = (PropertyTerm) condition;
		String first = property.values().isEmpty() ? "" : property.values().get(0);
		switch (property.key()) {
			case OBJECT_LAST_MODIFIED_DATE -> {
				row.fill(property.key().name(), property.comparator(), List.of(), List.of());
				row.dateTime = localDateTimeInUtc(first);
			}
			case OBJECT_SIZE -> {
				row.fill(property.key().name(), property.comparator(), List.of(), List.of());
				row.fillSize(first);
			}
			default -> row.fill(property.key().name(), property.comparator(), property.values(), List.of());
		}
		return row;
	}

	private static String localDateTimeInUtc(String instant) {
		try {
			return LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC).toString();
		}
		catch (DateTimeParseException ex) {
			return instant;
		}
	}

	private void fillSize(String bytes) {
		try {
			long byteCount = Long.parseLong(bytes);
			SizeUnit unit = SizeUnit.largestWhole(byteCount);
			this.size = Long.toString(unit.whole(byteCount));
			this.sizeUnit = unit.name();
		}
		catch (NumberFormatException ex) {
			this.size = bytes;
			this.sizeUnit = SizeUnit.BYTES.name();
		}
	}

}
