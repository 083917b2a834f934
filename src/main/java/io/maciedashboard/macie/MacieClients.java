package io.maciedashboard.macie;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import software.amazon.awssdk.services.macie2.Macie2Client;

/**
 * The places the dashboard shows and their Macie clients, one per place (each with the
 * place's region and credentials), each created on first use and all closed with the
 * application.
 */
public class MacieClients implements AutoCloseable {

	private final Supplier<List<Place>> placesResolver;

	private final Function<Place, Macie2Client> clientFactory;

	private final Map<Place, Macie2Client> clients = new ConcurrentHashMap<>();

	private volatile List<Place> places;

	/**
	 * @param placesResolver asked until it answers, on first use (the emulator may know
	 * its region only once it runs, and the account of the SDK's default credentials is
	 * asked of STS)
	 */
	MacieClients(Supplier<List<Place>> placesResolver, Function<Place, Macie2Client> clientFactory) {
		this.placesResolver = placesResolver;
		this.clientFactory = clientFactory;
	}

	/** Every place, in the configured order; the first is the default. */
	public List<Place> places() {
		List<Place> resolved = this.places;
		if (resolved == null) {
			synchronized (this) {
				if (this.places == null) {
					this.places = List.copyOf(this.placesResolver.get());
				}
				resolved = this.places;
			}
		}
		return resolved;
	}

	Macie2Client client(Place place) {
		return this.clients.computeIfAbsent(place, this.clientFactory);
	}

	@Override
	public void close() {
		this.clients.values().forEach(Macie2Client::close);
		this.clients.clear();
	}

}
