package io.maciedashboard.macie;

import java.net.URI;

/**
 * A Macie that runs inside this application (the emulator, in mode {@code emulator}): where the
 * SDK client should send its requests instead of AWS.
 */
public interface EmbeddedMacie {

	URI endpoint();

	String region();

}
