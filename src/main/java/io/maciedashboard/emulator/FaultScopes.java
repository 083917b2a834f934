package io.maciedashboard.emulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The faults that apply everywhere, and those set for one region, one account or one
 * region of one account. A request meets the faults of every scope it falls in, in that
 * order (everywhere, region and account, region, account): the first fault wins, and the
 * longest latency of them applies.
 */
final class FaultScopes {

	/** Where faults apply: a null region or account means any. */
	record Scope(String region, String accountId) {

		static final Scope EVERYWHERE = new Scope(null, null);

		@Override
		public String toString() {
			return ((this.region != null) ? this.region : "any region") + " / "
					+ ((this.accountId != null) ? this.accountId : "any account");
		}

	}

	private final Faults everywhere;

	private final Map<Scope, Faults> scoped = new ConcurrentHashMap<>();

	FaultScopes(Faults everywhere) {
		this.everywhere = everywhere;
	}

	Faults everywhere() {
		return this.everywhere;
	}

	/** The faults for one scope, created healthy when first asked for. */
	Faults in(Scope scope) {
		if (scope.equals(Scope.EVERYWHERE)) {
			return this.everywhere;
		}
		if (scope.region() != null && !EmulatorSettings.isRegion(scope.region())) {
			throw new IllegalArgumentException("region must be an AWS Region such as eu-west-1, not " + scope.region());
		}
		if (scope.accountId() != null && !EmulatorSettings.isAccountId(scope.accountId())) {
			throw new IllegalArgumentException("accountId must be a 12-digit AWS account ID, not " + scope.accountId());
		}
		return this.scoped.computeIfAbsent(scope, any -> new Faults());
	}

	/** Every scope healthy again. */
	void clear() {
		this.everywhere.clear();
		this.scoped.clear();
	}

	Duration latency(String region, String accountId) {
		return scopesOf(region, accountId).stream().map(Faults::latency).max(Duration::compareTo).orElse(Duration.ZERO);
	}

	Optional<MacieError> nextFault(String region, String accountId, String operation, String caller) {
		for (Faults faults : scopesOf(region, accountId)) {
			Optional<MacieError> fault = faults.nextFault(operation, caller);
			if (fault.isPresent()) {
				return fault;
			}
		}
		return Optional.empty();
	}

	/**
	 * The scopes set apart from everywhere, with their faults, as the admin surface shows
	 * them.
	 */
	Map<Scope, Faults> scoped() {
		return new LinkedHashMap<>(this.scoped);
	}

	private List<Faults> scopesOf(String region, String accountId) {
		return java.util.stream.Stream
			.of(Scope.EVERYWHERE, new Scope(region, accountId), new Scope(region, null), new Scope(null, accountId))
			.map(scope -> scope.equals(Scope.EVERYWHERE) ? this.everywhere : this.scoped.get(scope))
			.filter(java.util.Objects::nonNull)
			.toList();
	}

}
