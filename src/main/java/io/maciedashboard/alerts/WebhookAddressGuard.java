package io.maciedashboard.alerts;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks away from what only the dashboard's own network position can reach
 * (server-side request forgery): only http(s), and never the cloud's instance metadata,
 * link-local, multicast, unspecified or reserved addresses; loopback and private networks
 * only when {@link WebhookProperties} allows them. A host name is checked by every
 * address it resolves to, and IPv4 addresses carried inside IPv6 ones (mapped,
 * compatible, NAT64, 6to4) by the IPv4 address. Refusals are sentences for a form's field
 * error.
 */
@Component
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookAddressGuard {

	private static final Set<String> METADATA_HOSTS = Set.of("metadata", "metadata.google.internal", "metadata.goog",
			"instance-data", "instance-data.ec2.internal", "metadata.azure.internal", "metadata.oraclecloud.com");

	// AWS (IPv4 and the Nitro IPv6 endpoint, ECS task metadata), GCP, Azure, OCI, Alibaba
	private static final Set<String> METADATA_ADDRESSES = Set.of("169.254.169.254", "169.254.170.2",
			"fd00:ec2:0:0:0:0:0:254", "100.100.100.200", "192.0.0.192");

	private final WebhookProperties properties;

	public WebhookAddressGuard(WebhookProperties properties) {
		this.properties = properties;
	}

	/**
	 * Why a webhook may not be sent to this address, or empty when it may (as of now: the
	 * name is checked again at each delivery). Resolves the host name.
	 */
	public Optional<String> refusal(String url) {
		try {
			addressesOf(webhookUri(url).getHost());
			return Optional.empty();
		}
		catch (RefusedAddressException ex) {
			return Optional.of(ex.getMessage());
		}
		catch (UnknownHostException ex) {
			return Optional.of("No server named " + ex.getMessage() + " could be found. Check the address.");
		}
	}

	/**
	 * The address as a URI with an http(s) scheme and a host, or a
	 * {@link RefusedAddressException} saying what is wrong with it. Resolves nothing.
	 */
	URI webhookUri(String url) throws RefusedAddressException {
		URI uri;
		try {
			uri = new URI((url != null) ? url.strip() : "");
		}
		catch (URISyntaxException ex) {
			throw new RefusedAddressException(
					"This is not a valid web address. Paste the full webhook URL, starting with https://.");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw new RefusedAddressException("Webhook addresses start with https:// (or http://).");
		}
		if (uri.getHost() == null) {
			throw new RefusedAddressException("This address names no server. Paste the full webhook URL, such as "
					+ "https://hooks.example.com/services/....");
		}
		return uri;
	}

	/**
	 * The addresses a webhook to this host may connect to: all of them, or a
	 * {@link RefusedAddressException} when any of them is refused (the connection could
	 * use any).
	 */
	InetAddress[] addressesOf(String host) throws UnknownHostException {
		String name = hostName(host);
		if (METADATA_HOSTS.contains(name)) {
			throw new RefusedAddressException(name + " is the cloud's instance metadata service, which holds the "
					+ "server's credentials: webhooks are never sent there.");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(name);
		}
		catch (UnknownHostException ex) {
			// the JDK's message varies; this one is the name alone
			throw new UnknownHostException(name);
		}
		for (InetAddress address : addresses) {
			Optional<String> refusal = refusal(name, address);
			if (refusal.isPresent()) {
				throw new RefusedAddressException(refusal.get());
			}
		}
		return addresses;
	}

	private Optional<String> refusal(String name, InetAddress resolved) {
		InetAddress address = embeddedIpv4(resolved);
		String where = isLiteral(name) ? name : name + " (" + resolved.getHostAddress() + ")";
		if (METADATA_ADDRESSES.contains(address.getHostAddress())) {
			return Optional.of(where + " is the cloud's instance metadata service, which holds the server's "
					+ "credentials: webhooks are never sent there.");
		}
		if (address.isAnyLocalAddress()) {
			return Optional.of(where + " is not the address of a server: use the receiver's own address.");
		}
		if (address.isLoopbackAddress()) {
			return this.properties.allowLoopback() ? Optional.empty()
					: Optional.of(where + " is this server itself (loopback): webhooks go to other servers.");
		}
		if (address.isLinkLocalAddress()) {
			return Optional.of(where + " is a link-local address, only meaningful inside this server's own network "
					+ "segment: webhooks are not sent there.");
		}
		if (address.isMulticastAddress()) {
			return Optional.of(where + " is a multicast address, not a single server: use the receiver's own address.");
		}
		if (isReserved(address)) {
			return Optional.of(where + " is a reserved address that no webhook receiver uses.");
		}
		if (isPrivate(address) && !this.properties.allowPrivateNetworks()) {
			return Optional.of(where + " is in a private network, which this dashboard is set not to send webhooks "
					+ "into: use the receiver's public address, or ask an administrator to allow private networks.");
		}
		return Optional.empty();
	}

	/**
	 * The IPv4 address an IPv6 one carries (IPv4-compatible, NAT64 64:ff9b::/96, 6to4
	 * 2002::/16), so that it is judged as that IPv4 address; Java already turns
	 * IPv4-mapped ones (::ffff:a.b.c.d) into IPv4.
	 */
	private static InetAddress embeddedIpv4(InetAddress address) {
		if (!(address instanceof Inet6Address)) {
			return address;
		}
		byte[] b = address.getAddress();
		boolean compatible = allZero(b, 0, 12) && !allZero(b, 12, 16) && !(allZero(b, 12, 15) && b[15] == 1);
		boolean nat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && allZero(b, 4, 12);
		boolean sixToFour = b[0] == 0x20 && b[1] == 0x02;
		try {
			if (compatible || nat64) {
				return InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] });
			}
			if (sixToFour) {
				return InetAddress.getByAddress(new byte[] { b[2], b[3], b[4], b[5] });
			}
		}
		catch (UnknownHostException ex) {
			// four bytes are always an address
			throw new IllegalStateException(ex);
		}
		return address;
	}

	private static boolean isPrivate(InetAddress address) {
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			return first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)
					|| (first == 100 && second >= 64 && second <= 127);
		}
		// unique local fc00::/7 and the deprecated site-local fec0::/10
		return (b[0] & 0xfe) == 0xfc || address.isSiteLocalAddress();
	}

	private static boolean isReserved(InetAddress address) {
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			// 0/8 "this network" and 240/4 (with the broadcast address)
			return first == 0 || first >= 240;
		}
		// documentation 2001:db8::/32, discard 100::/64
		return (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == (byte) 0xb8)
				|| (b[0] == 0x01 && b[1] == 0x00 && allZero(b, 2, 8));
	}

	private static boolean allZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean isLiteral(String name) {
		return name.contains(":") || name.chars().allMatch((c) -> c == '.' || (c >= '0' && c <= '9'));
	}

	private static String hostName(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		if (name.startsWith("[") && name.endsWith("]")) {
			name = name.substring(1, name.length() - 1);
		}
		return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
	}

	/**
	 * A host that resolves to an address webhooks may not reach; an
	 * {@link UnknownHostException} so that it can stop a connection from inside the HTTP
	 * client's name resolution.
	 */
	static class RefusedAddressException extends UnknownHostException {

		RefusedAddressException(String reason) {
			super(reason);
		}

	}

}
