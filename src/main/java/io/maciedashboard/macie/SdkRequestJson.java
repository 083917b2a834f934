package io.maciedashboard.macie;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an SDK request as the JSON Macie receives, with Macie's member names, by walking
 * the SDK's own field metadata: the request object stays the one mapping, and the JSON is
 * its faithful picture (usable with the AWS CLI's {@code --cli-input-json}).
 */
final class SdkRequestJson {

	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private SdkRequestJson() {
	}

	static String of(SdkPojo request) {
		return PRETTY.writeValueAsString(object(request));
	}

	private static ObjectNode object(SdkPojo pojo) {
		ObjectNode node = NODES.objectNode();
		for (SdkField<?> field : pojo.sdkFields()) {
			Object value = field.getValueOrDefault(pojo);
			if (isSet(value)) {
				node.set(field.locationName(), json(value));
			}
		}
		return node;
	}

	/**
	 * Whether the member was given: the SDK marks members never set with auto-construct
	 * lists and maps.
	 */
	private static boolean isSet(Object value) {
		return value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap);
	}

	private static JsonNode json(Object value) {
		if (value instanceof SdkPojo pojo) {
			return object(pojo);
		}
		if (value instanceof List<?> list) {
			ArrayNode array = NODES.arrayNode();
			list.forEach((element) -> array.add(json(element)));
			return array;
		}
		if (value instanceof Map<?, ?> map) {
			ObjectNode object = NODES.objectNode();
			map.forEach((key, element) -> object.set(String.valueOf(key), json(element)));
			return object;
		}
		if (value instanceof Instant instant) {
			return NODES.stringNode(instant.toString());
		}
		// strings (the SDK keeps enum members as their wire strings), numbers and
		// booleans
		return PRETTY.valueToTree(value);
	}

}
