package io.maciedashboard.macie;

/** Places for tests: the emulator's default place and others it seeds. */
public final class TestPlaces {

	/**
	 * The emulator's own place (us-east-1 of 111122223333), unnamed as when nothing is
	 * configured.
	 */
	public static final Place HOME = new Place("us-east-1", "111122223333", null);

	/** Another region of the same account. */
	public static final Place IRELAND = new Place("eu-west-1", "111122223333", "Production (Ireland)");

	/** Another account. */
	public static final Place DATA_LAKE = new Place("us-east-1", "444455556666", "Data lake");

	private TestPlaces() {
	}

}
