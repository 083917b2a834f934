package io.maciedashboard.macie;

/** Which managed data identifiers a job uses (Macie's managedDataIdentifierSelector). */
public enum ManagedIdentifierSelector {

	RECOMMENDED, ALL, INCLUDE, EXCLUDE, NONE

}
