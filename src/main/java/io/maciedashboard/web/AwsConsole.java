package io.maciedashboard.web;

import org.springframework.web.util.UriUtils;

/**
 * Links into the AWS Management Console of a region: the one place that knows its
 * addresses.
 */
public final class AwsConsole {

	private AwsConsole() {
	}

	/** The console's host for a region: GovCloud and China have their own partition's. */
	public static String host(String region) {
		if (region.startsWith("us-gov-")) {
			return "console.amazonaws-us-gov.com";
		}
		if (region.startsWith("cn-")) {
			return "console.amazonaws.cn";
		}
		return region + ".console.aws.amazon.com";
	}

	/** A bucket's page in the S3 console, opened at a folder (prefix may be empty). */
	public static String s3Bucket(String region, String bucket, String prefix) {
		String url = "https://" + host(region) + "/s3/buckets/" + UriUtils.encodePathSegment(bucket, "UTF-8")
				+ "?region=" + region;
		return (prefix == null || prefix.isEmpty()) ? url
				: url + "&prefix=" + UriUtils.encodeQueryParam(prefix, "UTF-8") + "&showversions=false";
	}

	/** A finding in the Macie console, as the console's own finding links open it. */
	public static String macieFinding(String region, String findingId) {
		String id = UriUtils.encodeQueryParam(findingId, "UTF-8");
		return "https://" + host(region) + "/macie/home?region=" + region + "#findings?search=id%3D" + id
				+ "&macros=current&itemId=" + id;
	}

}
