package io.maciedashboard.macie;

import java.net.URI;
import java.time.Clock;

/**
 * A Macie that runs inside this application (the emulator, in mode {@code emulator}):
 * where the SDK client sends its requests instead of AWS, and the emulator's "now", which
 * a demo or a test may move forward, so that every page measures from Macie's time.
 *
 * @param endpoint where the embedded Macie serves Macie's API
 * @param region the region it pretends to be
 * @param accountId the account a request acts in unless its access key names another
 * @param clock its "now"
 */
public record EmbeddedMacie(URI endpoint, String region, String accountId, Clock clock) {
}
