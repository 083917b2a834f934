package io.maciedashboard.alerts;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static io.maciedashboard.alerts.SqlTimes.instant;
import static io.maciedashboard.alerts.SqlTimes.timestamp;

/**
 * The team's channels: the table {@code alert_team_channel} (added in the dashboard)
 * followed by those configured in properties ({@code dashboard.alerts.team-channels}).
 */
@Repository
class TeamChannelRepository {

	private final JdbcClient jdbc;

	private final List<TeamChannel> configured;

	TeamChannelRepository(DataSource dataSource, AlertsProperties properties) {
		this.jdbc = JdbcClient.create(dataSource);
		this.configured = properties.teamChannels().stream().map(TeamChannelRepository::configured).toList();
	}

	private static TeamChannel configured(AlertsProperties.ConfiguredChannel channel) {
		boolean webhook = channel.webhookUrl() != null && !channel.webhookUrl().isBlank();
		return new TeamChannel(null, channel.name(), webhook ? TeamChannel.Kind.WEBHOOK : TeamChannel.Kind.EMAIL,
				webhook ? channel.webhookUrl()
						: String.join(", ", (channel.emails() != null) ? channel.emails() : List.of()),
				webhook ? channel.webhookFormat() : null, channel.webhookSecret(), null, "properties");
	}

	/** Every team channel: the dashboard's, oldest first, then the configured ones. */
	List<TeamChannel> all() {
		List<TeamChannel> all = new ArrayList<>(this.jdbc
			.sql("SELECT id, name, kind, target, webhook_format, webhook_secret, created_at, created_by "
					+ "FROM alert_team_channel ORDER BY id")
			.query((rs, row) -> new TeamChannel(rs.getLong("id"), rs.getString("name"),
					TeamChannel.Kind.valueOf(rs.getString("kind")), rs.getString("target"),
					rs.getString("webhook_format"), rs.getString("webhook_secret"),
					instant(rs.getObject("created_at", OffsetDateTime.class)), rs.getString("created_by")))
			.list());
		all.addAll(this.configured);
		return all;
	}

	/** The channel an outbox recipient key names. */
	Optional<TeamChannel> byRecipient(String recipient) {
		return all().stream().filter((channel) -> channel.recipient().equals(recipient)).findFirst();
	}

	/** Stores a new channel; answers it with its id. */
	TeamChannel add(TeamChannel channel) {
		var keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO alert_team_channel (name, kind, target, webhook_format, webhook_secret, created_at, "
					+ "created_by) VALUES (:name, :kind, :target, :format, :secret, :at, :by)")
			.param("name", channel.name())
			.param("kind", channel.kind().name())
			.param("target", channel.target())
			.param("format", channel.webhookFormat())
			.param("secret", channel.webhookSecret())
			.param("at", timestamp(channel.createdAt()))
			.param("by", channel.createdBy())
			.update(keys, "id");
		return new TeamChannel(keys.getKey().longValue(), channel.name(), channel.kind(), channel.target(),
				channel.webhookFormat(), channel.webhookSecret(), channel.createdAt(), channel.createdBy());
	}

	/** Removes the channel; answers whether there was one. */
	boolean remove(long id) {
		return this.jdbc.sql("DELETE FROM alert_team_channel WHERE id = :id").param("id", id).update() == 1;
	}

	/**
	 * The webhook secrets stored before secrets were sealed ({@link WebhookSecrets}), by
	 * channel id.
	 */
	Map<Long, String> unsealedSecrets() {
		Map<Long, String> secrets = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT id, webhook_secret FROM alert_team_channel WHERE webhook_secret IS NOT NULL "
					+ "AND webhook_secret NOT LIKE :sealed ORDER BY id")
			.param("sealed", WebhookSecrets.SEALED + "%")
			.query((rs) -> {
				secrets.put(rs.getLong("id"), rs.getString("webhook_secret"));
			});
		return secrets;
	}

	/**
	 * Replaces the channel's secret if it is still {@code stored} (another instance may
	 * have replaced it meanwhile); answers whether it did.
	 */
	boolean replaceSecret(long id, String stored, String replacement) {
		return this.jdbc.sql(
				"UPDATE alert_team_channel SET webhook_secret = :replacement WHERE id = :id AND webhook_secret = :stored")
			.param("id", id)
			.param("stored", stored)
			.param("replacement", replacement)
			.update() == 1;
	}

	Optional<TeamChannel> find(long id) {
		return all().stream().filter((channel) -> Long.valueOf(id).equals(channel.id())).findFirst();
	}

}
