package jp.pmark.workflow.clip;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * CLIP-7: how often one client may look up the public register.
 *
 * @param requestsPerMinute lookups per minute per client, also the burst a client may
 * make at once
 * @param maxClients clients remembered at most; beyond, the least recently seen is
 * forgotten (it starts again with a full allowance)
 */
@ConfigurationProperties("pmark.register")
public record RegisterProperties(@DefaultValue("30") int requestsPerMinute, @DefaultValue("10000") int maxClients) {

	public RegisterProperties {
		if (requestsPerMinute < 1 || maxClients < 1) {
			throw new IllegalArgumentException(
					"pmark.register: requests-per-minute and max-clients must be at least 1");
		}
	}

}
