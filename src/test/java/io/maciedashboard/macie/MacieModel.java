package io.maciedashboard.macie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Macie's service model ({@code macie/service-2.json}, botocore): the member paths of a
 * shape, and the member paths a JSON document uses, read against the shape.
 */
public final class MacieModel {

	private static final JsonNode SHAPES = load().get("shapes");

	private MacieModel() {
	}

	private static JsonNode load() {
		try (InputStream model = MacieModel.class.getResourceAsStream("/macie/service-2.json")) {
			return JsonMapper.builder().build().readTree(model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every member path of a shape, e.g.
	 * {@code s3JobDefinition.bucketDefinitions[].accountId}.
	 */
	public static Set<String> memberPaths(String shapeName) {
		Set<String> paths = new TreeSet<>();
		collectMembers(shapeName, "", paths);
		return paths;
	}

	private static void collectMembers(String shapeName, String path, Set<String> paths) {
		JsonNode shape = SHAPES.get(shapeName);
		switch (shape.get("type").asString()) {
			case "structure" -> {
				for (Map.Entry<String, JsonNode> member : shape.get("members").properties()) {
					String memberPath = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
					paths.add(memberPath);
					collectMembers(member.getValue().get("shape").asString(), memberPath, paths);
				}
			}
			case "list" -> collectMembers(shape.get("member").get("shape").asString(), path + "[]", paths);
			default -> {
				// maps and scalars carry data, not members
			}
		}
	}

	/**
	 * The member paths {@code json} uses when read as {@code shapeName}; a name the shape
	 * does not have is reported as {@code UNKNOWN <path>}.
	 */
	public static Set<String> usedPaths(JsonNode json, String shapeName) {
		Set<String> paths = new TreeSet<>();
		collectUsed(json, shapeName, "", paths);
		return paths;
	}

	private static void collectUsed(JsonNode json, String shapeName, String path, Set<String> paths) {
		JsonNode shape = SHAPES.get(shapeName);
		switch (shape.get("type").asString()) {
			case "structure" -> {
				for (Map.Entry<String, JsonNode> property : json.properties()) {
					String memberPath = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
					JsonNode member = shape.get("members").get(property.getKey());
					if (member == null) {
						paths.add("UNKNOWN " + memberPath);
					}
					else {
						paths.add(memberPath);
						collectUsed(property.getValue(), member.get("shape").asString(), memberPath, paths);
					}
				}
			}
			case "list" -> json.forEach(
					(element) -> collectUsed(element, shape.get("member").get("shape").asString(), path + "[]", paths));
			default -> {
			}
		}
	}

	/** The values an enum shape allows. */
	public static Set<String> enumValues(String shapeName) {
		Set<String> values = new TreeSet<>();
		SHAPES.get(shapeName).get("enum").forEach((value) -> values.add(value.asString()));
		return values;
	}

}
