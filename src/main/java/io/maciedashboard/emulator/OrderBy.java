package io.maciedashboard.emulator;

/** The model's OrderBy enum (ASC, the default, or DESC). */
final class OrderBy {

	private OrderBy() {
	}

	static boolean isDescending(String orderBy, String member) {
		if (orderBy == null || orderBy.equals("ASC")) {
			return false;
		}
		if (orderBy.equals("DESC")) {
			return true;
		}
		throw MacieError.validation(member, "must be ASC or DESC, not " + orderBy);
	}

}
