package io.maciedashboard.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every place the emulator serves: its default place (the emulator's region and account,
 * from its own seed folder) and the others of the seed's {@code places.json}. A request
 * is answered by the place of the region it was signed for and the account of its access
 * key; Macie is not enabled anywhere else.
 */
final class Places {

	private final Place defaultPlace;

	private final Map<String, Place> byKey = new LinkedHashMap<>();

	Places(Place defaultPlace, List<Place> others) {
		this.defaultPlace = defaultPlace;
		this.byKey.put(key(defaultPlace.region(), defaultPlace.accountId()), defaultPlace);
		for (Place place : others) {
			if (this.byKey.putIfAbsent(key(place.region(), place.accountId()), place) != null) {
				throw new IllegalArgumentException("The seed's places.json lists " + place
						+ " twice, or also as the emulator's own region and account (its region and accountId"
						+ " settings): choose another region or account for one of them");
			}
		}
	}

	Place defaultPlace() {
		return this.defaultPlace;
	}

	Optional<Place> find(String region, String accountId) {
		return Optional.ofNullable(this.byKey.get(key(region, accountId)));
	}

	List<Place> all() {
		return new ArrayList<>(this.byKey.values());
	}

	private static String key(String region, String accountId) {
		return region + "/" + accountId;
	}

}
