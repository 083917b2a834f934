package io.maciedashboard.builder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.maciedashboard.macie.Bucket;
import io.maciedashboard.macie.BucketPage;
import io.maciedashboard.macie.BucketQuery;
import io.maciedashboard.macie.BucketScope;
import io.maciedashboard.macie.BucketScope.BucketCriteria;
import io.maciedashboard.macie.BucketScope.SpecificBuckets;
import io.maciedashboard.macie.MacieJobs;
import io.maciedashboard.macie.MacieLimits;
import io.maciedashboard.macie.Place;

import org.springframework.stereotype.Component;

/**
 * The builder's view of Macie's bucket inventory: searching it, and previewing what a
 * selection matches.
 */
@Component
class BucketInventory {

	/**
	 * Enough for any real account; a larger inventory is previewed from its first buckets
	 * only.
	 */
	static final int MAX_PAGES = 200;

	private final MacieJobs macie;

	BucketInventory(MacieJobs macie) {
		this.macie = macie;
	}

	/**
	 * The first page of buckets whose name contains the text (all buckets when it is
	 * blank).
	 */
	List<Bucket> search(Place place, String nameContains) {
		String search = FormText.trim(nameContains);
		if (search.isEmpty() || search.length() > JobFormReader.SEARCH_LENGTH) {
			search = null;
		}
		return this.macie.describeBuckets(place, new BucketQuery(List.of(), search, MacieLimits.BUCKETS_PER_PAGE, null))
			.buckets();
	}

	BucketPreview preview(Place place, BucketScope scope) {
		if (scope instanceof SpecificBuckets specific) {
			return previewSpecific(place, specific);
		}
		BucketCriteria criteria = (BucketCriteria) scope;
		Inventory inventory = read(place, List.of());
		return summary(BucketCriteriaMatcher.filter(criteria, inventory.buckets()), List.of(), inventory.partial(),
				true);
	}

	private BucketPreview previewSpecific(Place place, SpecificBuckets specific) {
		Set<String> wanted = new LinkedHashSet<>();
		specific.accounts()
			.forEach((account) -> account.buckets()
				.forEach((name) -> wanted.add(account.accountId() + JobFormReader.ACCOUNT_BUCKET_SEPARATOR + name)));
		Inventory inventory = read(place,
				specific.accounts().stream().map(BucketScope.AccountBuckets::accountId).toList());
		List<Bucket> found = inventory.buckets()
			.stream()
			.filter((bucket) -> wanted
				.remove(bucket.accountId() + JobFormReader.ACCOUNT_BUCKET_SEPARATOR + bucket.name()))
			.toList();
		return summary(found, List.copyOf(wanted), inventory.partial(), false);
	}

	private static BucketPreview summary(List<Bucket> buckets, List<String> notInInventory, boolean partial,
			boolean criteria) {
		List<Bucket> first = buckets.stream()
			.sorted(Comparator.comparing(Bucket::name).thenComparing(Bucket::accountId))
			.limit(BucketPreview.FIRST_BUCKETS)
			.toList();
		return new BucketPreview(buckets.size(), first, buckets.stream().mapToLong(Bucket::sizeInBytes).sum(),
				buckets.stream().mapToLong(Bucket::classifiableSizeInBytes).sum(), notInInventory, partial, criteria);
	}

	private Inventory read(Place place, List<String> accountIds) {
		List<Bucket> buckets = new ArrayList<>();
		String token = null;
		for (int page = 0; page < MAX_PAGES; page++) {
			BucketPage result = this.macie.describeBuckets(place,
					new BucketQuery(accountIds, null, MacieLimits.BUCKETS_PER_PAGE, token));
			buckets.addAll(result.buckets());
			token = result.nextToken();
			if (token == null) {
				return new Inventory(buckets, false);
			}
		}
		return new Inventory(buckets, true);
	}

	private record Inventory(List<Bucket> buckets, boolean partial) {
	}

}
