package io.maciedashboard.macie;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import software.amazon.awssdk.services.macie2.Macie2Client;

/**
 * The Macie clients, one per region, each created on first use and all closed with the
 * application. Macie is regional; the default region is the configured one.
 */
public class MacieClients implements AutoCloseable {

	private final Supplier<String> defaultRegionResolver;

	private final Function<String, Macie2Client> clientFactory;

	private final Map<String, Macie2Client> clients = new ConcurrentHashMap<>();

	private volatile String defaultRegion;

	/**
	 * @param defaultRegionResolver asked once, on first use (the emulator may know its
	 * region only once it runs)
	 */
	MacieClients(Supplier<String> defaultRegionResolver, Function<String, Macie2Client> clientFactory) {
		this.defaultRegionResolver = defaultRegionResolver;
		this.clientFactory = clientFactory;
	}

	public String defaultRegion() {
		String region = this.defaultRegion;
		if (region == null) {
			synchronized (this) {
				if (this.defaultRegion == null) {
					this.defaultRegion = this.defaultRegionResolver.get();
				}
				region = this.defaultRegion;
			}
		}
		return region;
	}

	Macie2Client client(String region) {
		return this.clients.computeIfAbsent(region, this.clientFactory);
	}

	@Override
	public void close() {
		this.clients.values().forEach(Macie2Client::close);
		this.clients.clear();
	}

}
