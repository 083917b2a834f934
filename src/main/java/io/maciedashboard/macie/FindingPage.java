package io.maciedashboard.macie;

import java.util.List;

/** A page of findings, in the order asked for; nextToken is null on the last page. */
public record FindingPage(List<Finding> findings, String nextToken) {

	public FindingPage {
		findings = List.copyOf(findings);
	}

}
