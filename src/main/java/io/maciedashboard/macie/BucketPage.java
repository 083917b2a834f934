package io.maciedashboard.macie;

import java.util.List;

public record BucketPage(List<Bucket> buckets, String nextToken) {
}
