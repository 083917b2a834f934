package io.maciedashboard.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.maciedashboard.emulator.Shapes.CreateClassificationJobRequest;
import io.maciedashboard.emulator.Shapes.JobScopeTerm;
import io.maciedashboard.emulator.Shapes.JobScopingBlock;
import io.maciedashboard.emulator.Shapes.SimpleScopeTerm;

/**
 * What a job's object scoping says about the objects the emulator makes up for its
 * findings: which file name extensions they may have ({@code OBJECT_EXTENSION} terms) and
 * how their keys start ({@code OBJECT_KEY STARTS_WITH}). Other terms do not shape made-up
 * objects.
 */
record ObjectScope(List<String> extensions, String keyPrefix) {

	/** Extensions of made-up objects, each as often as it appears here. */
	private static final List<String> COMMON_EXTENSIONS = List.of("csv", "csv", "csv", "csv", "json", "json", "json",
			"pdf", "pdf", "pdf", "txt", "txt", "xlsx", "xlsx", "docx", "docx", "parquet", "parquet", "log", "log",
			"jsonl", "avro", "html", "xml");

	static ObjectScope of(CreateClassificationJobRequest definition) {
		List<String> extensions = new ArrayList<>(COMMON_EXTENSIONS);
		String keyPrefix = null;
		var scoping = definition.s3JobDefinition().scoping();
		if (scoping != null) {
			for (SimpleScopeTerm term : simpleTerms(scoping.includes())) {
				if (term.key().equals("OBJECT_EXTENSION")) {
					List<String> named = normalised(term.values());
					if (term.comparator().equals("NE")) {
						extensions.removeAll(named);
					}
					else {
						extensions = new ArrayList<>(named);
					}
				}
				else if (term.key().equals("OBJECT_KEY") && term.comparator().equals("STARTS_WITH")) {
					keyPrefix = term.values().get(0);
				}
			}
			for (SimpleScopeTerm term : simpleTerms(scoping.excludes())) {
				if (term.key().equals("OBJECT_EXTENSION")) {
					List<String> named = normalised(term.values());
					if (term.comparator().equals("NE")) {
						extensions.retainAll(named);
					}
					else {
						extensions.removeAll(named);
					}
				}
			}
		}
		return new ObjectScope(extensions.isEmpty() ? List.of("txt") : List.copyOf(extensions), keyPrefix);
	}

	private static List<SimpleScopeTerm> simpleTerms(JobScopingBlock block) {
		if (block == null || block.and() == null) {
			return List.of();
		}
		return block.and().stream().map(JobScopeTerm::simpleScopeTerm).filter(term -> term != null).toList();
	}

	private static List<String> normalised(List<String> extensions) {
		return extensions.stream()
			.map(extension -> extension.replaceFirst("^\\.", "").toLowerCase(Locale.ROOT))
			.toList();
	}

}
